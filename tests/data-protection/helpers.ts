import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { TestApp } from "../helpers/app.js";
import { completeReview, assign, signedInAs } from "../helpers/assessment.js";
import { signedIn, startApplication, VALID_THEME } from "../helpers/applications.js";
import { csrfTokenIn, type Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";
import { pdf } from "../helpers/files.js";

/** Every table in the database, read through SQL so that a table added later is searched too. */
export async function tableNames(t: TestApp): Promise<string[]> {
  const rows =
    t.database.provider === "sqlite"
      ? await t.prisma.$queryRawUnsafe<{ name: string }[]>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        )
      : await t.prisma.$queryRawUnsafe<{ name: string }[]>(
          `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        );
  return rows.map((r) => r.name).sort();
}

/** Every row of a table, each column read as text (PostgreSQL's enum and date types included). */
async function rowsOf(t: TestApp, table: string): Promise<Record<string, unknown>[]> {
  if (t.database.provider === "sqlite") return t.prisma.$queryRawUnsafe(`SELECT * FROM "${table}"`);
  const columns = await t.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT column_name::text AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    table,
  );
  const list = columns.map((c) => `"${c.name}"::text AS "${c.name}"`).join(", ");
  return t.prisma.$queryRawUnsafe(`SELECT ${list} FROM "${table}"`);
}

/** Each place (table.column: value) where one of the texts appears, ignoring case. */
export async function whereFound(t: TestApp, needles: string[]): Promise<string[]> {
  const lower = needles.filter(Boolean).map((n) => n.toLowerCase());
  const found: string[] = [];
  for (const table of await tableNames(t)) {
    const rows = await rowsOf(t, table);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== "string") continue;
        const text = value.toLowerCase();
        for (const needle of lower) if (text.includes(needle)) found.push(`${table}.${column}: ${needle}`);
      }
    }
  }
  return found;
}

/** The rows of every table, for showing that a dry run changed nothing. */
export async function snapshot(t: TestApp, except: string[] = []): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of await tableNames(t)) {
    if (except.includes(table)) continue;
    const rows = await rowsOf(t, table);
    result[table] = rows
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
      )
      .sort();
  }
  return result;
}

/** Paths of every stored file under the uploads folder's files/, and their contents. */
export function storedFiles(t: TestApp): { file: string; content: string }[] {
  const root = path.join(t.uploadDir, "files");
  const result: { file: string; content: string }[] = [];
  const visit = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) visit(full);
      else result.push({ file: path.relative(root, full), content: readFileSync(full).toString("latin1") });
    }
  };
  visit(root);
  return result;
}

export const storedPath = (t: TestApp, storageKey: string) => path.join(t.uploadDir, "files", ...storageKey.split("/"));

/** A visitor's form post with the page's token. */
async function save(visitor: Visitor, page: string, fields: Record<string, string | string[]>) {
  const form = await visitor.get(page);
  const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
  const response = await visitor.post(page, { _csrf: csrfTokenIn(form.text), version, action: "continue", ...fields });
  expect(response.status, `${page}: ${response.text.slice(0, 300)}`).toBe(303);
}

async function uploadEvidence(visitor: Visitor, page: string, name: string, description: string, content: string) {
  const form = await visitor.get(page);
  const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
  let request = visitor.raw("post", page).field("_csrf", csrfTokenIn(form.text)).field("version", version);
  const fields: Record<string, string | string[]> = {
    ...VALID_THEME,
    evidenceDescription: description,
    action: "upload",
  };
  for (const [field, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) request = request.field(field, item);
  }
  const response = visitor.keep(await request.attach("evidenceFile", pdf(content), name));
  expect(response.status, response.text.slice(0, 300)).toBe(303);
}

export interface OrganisationStory {
  organisation: { id: string; name: string };
  owner: Awaited<ReturnType<typeof createUser>>;
  member: Awaited<ReturnType<typeof createUser>>;
  ownerVisitor: Visitor;
  applicationId: string;
  draftId: string;
  awardId: string;
  /** Texts that identify the organisation and its people, to search for after an erasure. */
  needles: string[];
}

/** The organisation whose erasure the data-protection tests follow. */
export const HARBOUR = {
  organisation: "Wirral Harbour Foundation",
  owner: "Olwen Harbourmaster",
  member: "Mabli Quayside",
  postcode: "CH41 5LH",
  registration: "7654321",
  website: "https://harbour-foundation.example.org",
  street: "9 Quay Street",
  answer: "Seventy dock workers retrained as harbour pilots in Birkenhead.",
  evidenceName: "Quayside payroll 2025.pdf",
  evidenceText: "Harbour payroll extract",
};

/**
 * An organisation with an owner and a member, an application filled in through the pages with
 * evidence, assessed, awarded (with feedback naming the owner), listed on the register, a charter
 * request, an invitation, and a draft copy started from the awarded application.
 */
export async function organisationStory(
  t: TestApp,
  people: { lead: Visitor; assessor: { user: { id: string }; visitor: Visitor } },
  names: {
    organisation: string;
    owner: string;
    member: string;
    postcode: string;
    registration: string;
    website: string;
    street: string;
    answer: string;
    evidenceName: string;
    evidenceText: string;
  },
): Promise<OrganisationStory> {
  const slug = names.organisation.toLowerCase().replace(/[^a-z]+/g, "-");
  const owner = await createUser(t.prisma, { email: `${slug}-owner@${slug}.example.org`, fullName: names.owner });
  await t.prisma.user.update({ where: { id: owner.id }, data: { jobTitle: `Chair of ${names.organisation}` } });
  const member = await createUser(t.prisma, { email: `${slug}-member@${slug}.example.org`, fullName: names.member });
  const organisation = await t.prisma.organisation.create({
    data: {
      name: names.organisation,
      type: "VCFSE",
      registrationNumber: names.registration,
      addressLine1: names.street,
      town: "Birkenhead",
      postcode: names.postcode,
      sizeBand: "SMALL",
      website: names.website,
      places: { create: [{ place: "WIRRAL" }] },
      members: { create: [{ userId: owner.id, isOwner: true }, { userId: member.id }] },
    },
  });
  const ownerVisitor = await signedIn(t.app, owner);
  const applicationId = await startApplication(ownerVisitor);
  const base = `/applications/${applicationId}`;
  await save(ownerVisitor, `${base}/organisation`, {
    orgName: names.organisation,
    orgType: "VCFSE",
    orgRegistrationNumber: names.registration,
    orgAddressLine1: names.street,
    orgAddressLine2: "",
    orgTown: "Birkenhead",
    orgPostcode: names.postcode,
    orgPlaces: ["WIRRAL"],
    orgSizeBand: "SMALL",
    orgWebsite: names.website,
  });
  await save(ownerVisitor, `${base}/themes`, { chosenThemes: ["SOCIAL"] });
  await uploadEvidence(
    ownerVisitor,
    `${base}/themes/social`,
    names.evidenceName,
    `Photographs taken by ${names.member}`,
    names.evidenceText,
  );
  await save(ownerVisitor, `${base}/themes/social`, {
    ...VALID_THEME,
    whatChanged: names.answer,
    difference: `${names.member} says the difference is clear.`,
  });
  await save(ownerVisitor, `${base}/declaration`, {
    declarationName: names.owner,
    declarationRole: "Chair",
    declarationConfirmed: "yes",
  });
  const submitted = await ownerVisitor.submit(`${base}/check-answers`, `${base}/submit`, {});
  expect(submitted.status, submitted.text.slice(0, 300)).toBe(303);

  const assignmentId = await assign(t, people.lead, applicationId, people.assessor.user.id);
  await completeReview(people.assessor.visitor, assignmentId, 4);
  const decided = await people.lead.submit(
    `/admin/applications/${applicationId}/decision`,
    `/admin/applications/${applicationId}/decision`,
    {
      outcome: "AWARDED",
      recognisedThemes: "SOCIAL",
      feedback: `Strong evidence. Thank you to ${names.owner} for the tour of ${names.street}.`,
    },
  );
  expect(decided.status, decided.text.slice(0, 300)).toBe(303);
  const award = await t.prisma.award.findUniqueOrThrow({ where: { applicationId } });
  const status = await ownerVisitor.get(`${base}/status`);
  const listed = await ownerVisitor.post(`/awards/${award.id}/listing`, {
    _csrf: csrfTokenIn(status.text),
    listed: "yes",
  });
  expect(listed.status).toBe(303);

  const charter = await ownerVisitor.submit("/charter/sign", "/charter/sign", {
    organisationId: organisation.id,
    sponsorName: names.owner,
    sponsorRole: "Chair",
    pledge: `${names.organisation} pledges to buy locally.`,
  });
  expect(charter.status, charter.text.slice(0, 300)).toBe(303);
  const invited = await ownerVisitor.submit(
    `/organisations/${organisation.id}/invite`,
    `/organisations/${organisation.id}/invite`,
    {
      email: `${slug}-invitee@${slug}.example.org`,
    },
  );
  expect(invited.status, invited.text.slice(0, 300)).toBe(303);

  const copy = await ownerVisitor.submit(`${base}/status`, `${base}/reapply`, {});
  expect(copy.status).toBe(303);
  const draftId = /^\/applications\/([^/?]+)/.exec(copy.headers.location ?? "")?.[1] ?? "";

  return {
    organisation,
    owner,
    member,
    ownerVisitor,
    applicationId,
    draftId,
    awardId: award.id,
    needles: [
      names.organisation,
      names.owner,
      names.member,
      owner.email,
      member.email,
      `${slug}-invitee@${slug}.example.org`,
      names.postcode,
      names.registration,
      names.website,
      names.street,
      names.answer,
      names.evidenceName,
    ],
  };
}

export async function leadAndAssessor(t: TestApp, assessorName = "Ffion Scorer") {
  const lead = await signedInAs(t, "PROGRAMME_LEAD", "Lowri Lead");
  const assessor = await signedInAs(t, "ASSESSOR", assessorName);
  return { lead, assessor };
}

/** What the programme's statistics read: these must not change when people are erased. */
export async function statistics(t: TestApp, applicationIds: string[]) {
  const where = { id: { in: applicationIds } };
  const applications = await t.prisma.application.findMany({
    where,
    orderBy: { id: "asc" },
    select: {
      id: true,
      reference: true,
      status: true,
      chosenThemes: true,
      orgType: true,
      orgPlaces: true,
      orgSizeBand: true,
      submittedAt: true,
      createdAt: true,
      themes: {
        orderBy: { theme: "asc" },
        select: {
          theme: true,
          stakeholderCount: true,
          places: true,
          startMonth: true,
          startYear: true,
          marmotPrinciples: true,
        },
      },
      decisions: { select: { outcome: true, recognisedThemes: true, decidedAt: true, scoresPublished: true } },
      assignments: {
        orderBy: { id: "asc" },
        select: {
          reviewStatus: true,
          submittedAt: true,
          scores: { orderBy: { criterion: "asc" }, select: { theme: true, criterion: true, score: true } },
        },
      },
      award: { select: { themes: true, awardedAt: true, expiresAt: true, certificateCode: true } },
    },
  });
  const counts = {
    applications: await t.prisma.application.count({ where }),
    decisions: await t.prisma.decision.count({ where: { applicationId: { in: applicationIds } } }),
    assignments: await t.prisma.assignment.count({ where: { applicationId: { in: applicationIds } } }),
    scores: await t.prisma.reviewScore.count({ where: { assignment: { applicationId: { in: applicationIds } } } }),
    awards: await t.prisma.award.count({ where: { applicationId: { in: applicationIds } } }),
  };
  return { applications, counts };
}
