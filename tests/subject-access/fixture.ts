import { strFromU8, unzipSync } from "fflate";
import type { Response } from "supertest";
import { expect } from "vitest";
import type { TestApp } from "../helpers/app.js";
import {
  addMember,
  completeApplication,
  createOrganisation,
  signedIn,
  startApplication,
  VALID_THEME,
} from "../helpers/applications.js";
import { assign, completeReview, signedInAs } from "../helpers/assessment.js";
import { csrfTokenIn, type Visitor } from "../helpers/browser.js";
import { pdf, png } from "../helpers/files.js";

/** Posts the download form from its page and reads the whole response body as bytes. */
export async function download(visitor: Visitor, page: string): Promise<Response> {
  const form = await visitor.get(page);
  expect(form.status, form.text.slice(0, 300)).toBe(200);
  // The download form posts back to its own page.
  expect(form.text).toContain(`action="${page}"`);
  return visitor
    .raw("post", page)
    .type("form")
    .send({ _csrf: csrfTokenIn(form.text) })
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => callback(null, Buffer.concat(chunks)));
    });
}

export interface Unzipped {
  names: string[];
  text(name: string): string;
  json<T = unknown>(name: string): T;
  bytes(name: string): Buffer;
  /** Every entry's bytes read as text, for looking for things that must not be there. */
  everything: string;
}

export function unzip(body: Buffer): Unzipped {
  const entries = unzipSync(new Uint8Array(body));
  const names = Object.keys(entries);
  const get = (name: string) => {
    const entry = entries[name];
    if (!entry) throw new Error(`The archive has no ${name}; it has ${names.join(", ")}`);
    return entry;
  };
  return {
    names,
    text: (name) => strFromU8(get(name)),
    json: <T>(name: string) => JSON.parse(strFromU8(get(name))) as T,
    bytes: (name) => Buffer.from(get(name)),
    everything: names.map((name) => `${name}\n${Buffer.from(get(name)).toString("latin1")}`).join("\n"),
  };
}

/** Every secret in the database: password hashes, link token hashes, session ids and session contents. */
export async function secrets(t: TestApp): Promise<string[]> {
  const [users, tokens, invitations, sessions] = await Promise.all([
    t.prisma.user.findMany({ select: { id: true, passwordHash: true } }),
    t.prisma.accountToken.findMany({ select: { tokenHash: true } }),
    t.prisma.invitation.findMany({ select: { tokenHash: true } }),
    t.prisma.session.findMany({ select: { sid: true, data: true } }),
  ]);
  const leaves = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : value && typeof value === "object"
        ? Object.values(value as Record<string, unknown>).flatMap(leaves)
        : [];
  const userIds = new Set(users.map((u) => u.id));
  const sessionValues = sessions.flatMap((s) =>
    // Long values in the session (its CSRF secret and the like), not dates nor the signed-in user's id.
    leaves(JSON.parse(s.data)).filter((v) => v.length >= 20 && !/^\d{4}-\d\d-\d\dT/.test(v) && !userIds.has(v)),
  );
  return [
    ...users.map((u) => u.passwordHash),
    ...tokens.map((x) => x.tokenHash),
    ...invitations.map((x) => x.tokenHash),
    ...sessions.flatMap((s) => [s.sid, s.data]),
    ...sessionValues,
  ];
}

/** Posts a theme page with an evidence file, as a browser does. */
async function upload(visitor: Visitor, page: string, content: Buffer, name: string, description: string) {
  const form = await visitor.get(page);
  const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
  let request = visitor.raw("post", page).field("_csrf", csrfTokenIn(form.text)).field("version", version);
  const answers: Record<string, string | string[]> = {
    ...VALID_THEME,
    evidenceDescription: description,
    action: "upload",
  };
  for (const [field, value] of Object.entries(answers)) {
    for (const item of Array.isArray(value) ? value : [value]) request = request.field(field, item);
  }
  const response = visitor.keep(await request.attach("evidenceFile", content, name));
  expect(response.status, response.text.slice(0, 300)).toBe(303);
}

export const FILES = {
  first: pdf("First survey"),
  second: pdf("Second survey"),
  third: pdf("Third survey"),
  photo: png(),
};

/**
 * An organisation with an owner and a member, a submitted application with four evidence files
 * (three of them named alike), scored by an assessor, not awarded with the scores shared, and
 * appealed; a charter request, a champion record, a password reset link and an invitation.
 */
export async function organisationWithHistory(t: TestApp) {
  const lead = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  const assessor = await signedInAs(t, "ASSESSOR", "Asha Assessor");
  const { organisation, owner } = await createOrganisation(t.prisma, "Subject Org Trust");
  await t.prisma.user.update({ where: { id: owner.id }, data: { jobTitle: "Chief executive" } });
  const member = await addMember(t.prisma, organisation.id, "Mia Member");
  const applicant = await signedIn(t.app, owner);
  const memberVisitor = await signedIn(t.app, member);

  const applicationId = await startApplication(applicant);
  await completeApplication(applicant, applicationId, ["social"]);
  const themePage = `/applications/${applicationId}/themes/social`;
  await upload(applicant, themePage, FILES.first, "Survey.pdf", "Survey of 120 families");
  await upload(applicant, themePage, FILES.second, "Survey.pdf", "Follow-up survey");
  await upload(applicant, themePage, FILES.third, "SURVEY.pdf", "Third survey");
  await upload(memberVisitor, themePage, FILES.photo, "Allotment photo.png", "The new allotment");
  // An upload saves the page as a draft; "Save and continue" completes the theme again.
  const themeForm = await applicant.get(themePage);
  const saved = await applicant.post(themePage, {
    _csrf: csrfTokenIn(themeForm.text),
    version: /name="version" value="(\d+)"/.exec(themeForm.text)?.[1] ?? "0",
    ...VALID_THEME,
    action: "continue",
  });
  expect(saved.status).toBe(303);
  await t.prisma.application.update({ where: { id: applicationId }, data: { orgName: organisation.name } });
  const submitted = await applicant.submit(
    `/applications/${applicationId}/check-answers`,
    `/applications/${applicationId}/submit`,
    {},
  );
  expect(submitted.status).toBe(303);

  const assignmentId = await assign(t, lead.visitor, applicationId, assessor.user.id);
  await completeReview(assessor.visitor, assignmentId, 1, ["social"]);
  const decided = await lead.visitor.submit(
    `/admin/applications/${applicationId}/decision`,
    `/admin/applications/${applicationId}/decision`,
    { outcome: "NOT_AWARDED", feedback: "The evidence of reach was thin.", scoresPublished: "yes" },
  );
  expect(decided.status, decided.text.slice(0, 300)).toBe(303);
  const appealed = await applicant.submit(
    `/applications/${applicationId}/appeal`,
    `/applications/${applicationId}/appeal`,
    { appealReason: "The assessor missed our Sefton figures." },
  );
  expect(appealed.status, appealed.text.slice(0, 300)).toBe(303);

  const charter = await applicant.submit("/charter/sign", "/charter/sign", {
    organisationId: organisation.id,
    sponsorName: "Dr Sponsor",
    sponsorRole: "Chair",
    pledge: "We will buy locally.",
  });
  expect(charter.status).toBe(303);
  await t.prisma.champion.createMany({
    data: [
      {
        name: "Owen Owner",
        email: owner.email.toUpperCase(),
        phone: "0151 000 0000",
        organisationName: "SUBJECT ORG TRUST",
        place: "LIVERPOOL",
      },
      { name: "Someone Else", email: "else@elsewhere.example", organisationName: "Elsewhere", place: "WIRRAL" },
    ],
  });
  const invited = await applicant.submit(
    `/organisations/${organisation.id}/invite`,
    `/organisations/${organisation.id}/invite`,
    { email: "new.colleague@example.org" },
  );
  expect(invited.status).toBe(303);
  const reset = await applicant.submit("/forgotten-password", "/forgotten-password", { email: owner.email });
  expect(reset.status).toBeLessThan(400);

  const application = await t.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  return {
    lead,
    assessor,
    organisation,
    owner,
    member,
    applicant,
    memberVisitor,
    applicationId,
    reference: application.reference!,
  };
}
