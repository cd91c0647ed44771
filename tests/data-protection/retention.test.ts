import { spawnSync } from "node:child_process";
import { systemRandom } from "../../src/platform/random.js";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStorageKey } from "../../src/platform/storage.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation } from "../helpers/applications.js";
import { signedInAs } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";
import { snapshot, storedPath, whereFound } from "./helpers.js";

// The jobs run "now" at this moment; every date below is set either side of a period's end.
const NOW = new Date("2030-06-15T12:00:00Z");
const DAY = 24 * 60 * 60_000;
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const yearsAgo = (years: number) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date;
};

/** A portal's lead, and the assessor whose reviews the seeded applications carry. */
interface Portal {
  t: TestApp;
  assessorId: string;
  lead: Awaited<ReturnType<typeof signedInAs>>;
}

const opened: TestApp[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

/** An app on a database of its own, with its lead and assessor; closed after the file's tests. */
async function openPortal(): Promise<Portal> {
  const t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  opened.push(t);
  const assessorId = (await createUser(t.prisma, { role: "ASSESSOR", email: "assessor@retention.example.net" })).id;
  const lead = await signedInAs(t, "PROGRAMME_LEAD", "Rhian Retainer");
  return { t, assessorId, lead };
}

interface Seeded {
  id: string;
  reference: string;
  storageKey: string;
  needles: string[];
}

/** A submitted application, with answers, evidence, a review and (as asked) a decision, appeal or award. */
async function seedApplication(
  { t, assessorId }: Portal,
  reference: string,
  options: {
    status: "NOT_AWARDED" | "WITHDRAWN" | "AWARDED";
    decidedAt?: Date;
    appeal?: { decidedAt: Date | null };
    withdrawnAt?: Date;
    award?: { expiresAt: Date; revokedAt?: Date };
  },
): Promise<Seeded> {
  const { organisation, owner } = await createOrganisation(t.prisma, `Organisation ${reference}`);
  const storageKey = newStorageKey(systemRandom, "evidence");
  await t.deps.storage.put(storageKey, Readable.from([Buffer.from(`Evidence for ${reference}`)]));
  const application = await t.prisma.application.create({
    data: {
      organisationId: organisation.id,
      createdById: owner.id,
      status: options.status,
      reference,
      orgName: `Organisation ${reference}`,
      orgType: "VCFSE",
      orgPostcode: "L3 4BB",
      orgPlaces: "LIVERPOOL",
      orgSizeBand: "SMALL",
      chosenThemes: "SOCIAL",
      declarationName: `Declarer of ${reference}`,
      declarationRole: "Chair",
      submittedAt: at("2027-01-10"),
      withdrawnAt: options.withdrawnAt ?? null,
      withdrawalReason: options.withdrawnAt ? `Withdrawn because of ${reference}` : "",
      themes: {
        create: {
          theme: "SOCIAL",
          whatChanged: `Answer about ${reference}`,
          difference: "A difference",
          stakeholderCount: "40",
          places: "LIVERPOOL",
          evidence: {
            create: {
              storageKey,
              originalName: `File of ${reference}.pdf`,
              description: `Description of ${reference}`,
              contentType: "application/pdf",
              kind: "pdf",
              size: 24,
            },
          },
        },
      },
      assignments: {
        create: {
          assessorId,
          status: "ACTIVE",
          reviewStatus: "SUBMITTED",
          submittedAt: at("2027-02-01"),
          scores: { create: { theme: "SOCIAL", criterion: "outcome", score: 3, reason: `Reason about ${reference}` } },
        },
      },
    },
  });
  if (options.decidedAt) {
    const decision = await t.prisma.decision.create({
      data: {
        applicationId: application.id,
        outcome: options.status === "AWARDED" ? "AWARDED" : "NOT_AWARDED",
        recognisedThemes: options.status === "AWARDED" ? "SOCIAL" : "",
        feedback: `Feedback on ${reference}`,
        decidedAt: options.decidedAt,
      },
    });
    if (options.appeal) {
      await t.prisma.appeal.create({
        data: {
          decisionId: decision.id,
          applicationId: application.id,
          reason: `Appeal about ${reference}`,
          submittedAt: options.decidedAt,
          outcome: options.appeal.decidedAt ? "DISMISSED" : null,
          decidedAt: options.appeal.decidedAt,
        },
      });
    }
    if (options.award) {
      await t.prisma.award.create({
        data: {
          applicationId: application.id,
          organisationId: organisation.id,
          decisionId: decision.id,
          organisationName: `Organisation ${reference}`,
          themes: "SOCIAL",
          awardedAt: options.decidedAt,
          expiresAt: options.award.expiresAt,
          certificateCode: `RET-${reference}`,
          status: options.award.revokedAt ? "REVOKED" : "EXPIRED",
          revokedAt: options.award.revokedAt ?? null,
          revocationReason: options.award.revokedAt ? `Revoked because of ${reference}` : "",
        },
      });
    }
  }
  await t.prisma.auditEvent.create({
    data: {
      action: "application.withdraw",
      subjectType: "Application",
      subjectId: application.id,
      actorId: owner.id,
      occurredAt: at("2028-01-01"),
      after: JSON.stringify({ status: "WITHDRAWN", reason: `Audit note on ${reference}` }),
    },
  });
  return {
    id: application.id,
    reference,
    storageKey,
    needles: [
      `Declarer of ${reference}`,
      `Answer about ${reference}`,
      `File of ${reference}`,
      `Description of ${reference}`,
      `Reason about ${reference}`,
      `Feedback on ${reference}`,
      `Appeal about ${reference}`,
      `Withdrawn because of ${reference}`,
      `Revoked because of ${reference}`,
      `Audit note on ${reference}`,
    ],
  };
}

async function unverifiedAccount(
  t: TestApp,
  email: string,
  createdAt: Date,
  role: "APPLICANT" | "PROGRAMME_LEAD" = "APPLICANT",
) {
  const user = await createUser(t.prisma, { email, fullName: `Person ${email}`, verified: false, role });
  await t.prisma.user.update({ where: { id: user.id }, data: { createdAt } });
  return user;
}

type Account = { id: string; email: string };

/** The rows the periods are tried on, each either side of its boundary. */
interface World {
  due: Seeded[];
  kept: Seeded[];
  accounts: { old: Account; recent: Account; soleOwner: Account; sharedOwner: Account; confirmed: Account };
  soleOrganisation: { id: string; storageKey: string };
  sharedOrganisationId: string;
  auditIds: { old: string; recent: string };
}

// The default periods: 2 years after a decision or withdrawal, 1 year after an award ends,
// 30 days for an unconfirmed account, 7 years for the audit log. NOW is 15 June 2030.

/** Applications past their period on 15 June 2030. */
async function seedDue(portal: Portal): Promise<Seeded[]> {
  return [
    await seedApplication(portal, "SVA-2028-0001", { status: "NOT_AWARDED", decidedAt: at("2028-06-14") }),
    await seedApplication(portal, "SVA-2028-0003", { status: "WITHDRAWN", withdrawnAt: at("2028-06-14") }),
    await seedApplication(portal, "SVA-2024-0005", {
      status: "AWARDED",
      decidedAt: at("2024-06-14"),
      award: { expiresAt: at("2029-06-14") },
    }),
    await seedApplication(portal, "SVA-2027-0007", {
      status: "AWARDED",
      decidedAt: at("2027-06-14"),
      award: { expiresAt: at("2032-06-14"), revokedAt: at("2029-06-01") },
    }),
    // Due by today's date too, for the lead's page.
    await seedApplication(portal, "SVA-2023-0010", { status: "WITHDRAWN", withdrawnAt: yearsAgo(3) }),
  ];
}

/** Applications still inside their period on 15 June 2030. */
async function seedKept(portal: Portal): Promise<Seeded[]> {
  return [
    await seedApplication(portal, "SVA-2028-0002", { status: "NOT_AWARDED", decidedAt: at("2028-06-16") }),
    // The appeal was decided later: the period counts from its outcome.
    await seedApplication(portal, "SVA-2028-0008", {
      status: "NOT_AWARDED",
      decidedAt: at("2028-01-10"),
      appeal: { decidedAt: at("2028-06-20") },
    }),
    // An appeal never decided keeps the application.
    await seedApplication(portal, "SVA-2027-0009", {
      status: "NOT_AWARDED",
      decidedAt: at("2027-01-10"),
      appeal: { decidedAt: null },
    }),
    await seedApplication(portal, "SVA-2028-0004", { status: "WITHDRAWN", withdrawnAt: at("2028-06-16") }),
    await seedApplication(portal, "SVA-2024-0006", {
      status: "AWARDED",
      decidedAt: at("2024-06-16"),
      award: { expiresAt: at("2029-06-16") },
    }),
  ];
}

type AccountRows = Pick<World, "accounts" | "soleOrganisation" | "sharedOrganisationId">;

/** Accounts confirmed and not, either side of 30 days, two of them owning an organisation. */
async function seedAccounts({ t }: Portal): Promise<AccountRows> {
  const old = new Date(NOW.getTime() - 31 * DAY);
  const recent = new Date(NOW.getTime() - 29 * DAY);
  const confirmed = await createUser(t.prisma, { email: "confirmed-long-ago@retention.example.org" });
  await t.prisma.user.update({ where: { id: confirmed.id }, data: { createdAt: at("2020-01-01") } });
  const accounts = {
    old: await unverifiedAccount(t, "old-unconfirmed@retention.example.org", old),
    recent: await unverifiedAccount(t, "recent-unconfirmed@retention.example.org", recent),
    soleOwner: await unverifiedAccount(t, "sole-owner@retention.example.org", old),
    sharedOwner: await unverifiedAccount(t, "shared-owner@retention.example.org", old),
    confirmed,
  };
  // An organisation the unconfirmed owner signed up alone, with a draft and its evidence.
  const storageKey = newStorageKey(systemRandom, "evidence");
  await t.deps.storage.put(storageKey, Readable.from([Buffer.from("Draft evidence")]));
  const sole = await t.prisma.organisation.create({
    data: {
      name: "Lonely Draft Collective",
      type: "BUSINESS",
      postcode: "WA1 1AA",
      members: { create: { userId: accounts.soleOwner.id, isOwner: true } },
      applications: {
        create: {
          createdById: accounts.soleOwner.id,
          orgName: "Lonely Draft Collective",
          themes: {
            create: {
              theme: "ECONOMIC",
              whatChanged: "Draft answer from the lonely collective",
              evidence: {
                create: {
                  storageKey,
                  originalName: "draft.pdf",
                  description: "draft",
                  contentType: "application/pdf",
                  kind: "pdf",
                  size: 14,
                },
              },
            },
          },
        },
      },
    },
  });
  const sharedOrganisation = await t.prisma.organisation.create({
    data: {
      name: "Shared Owners Club",
      type: "BUSINESS",
      members: { create: { userId: accounts.sharedOwner.id, isOwner: true } },
    },
  });
  await addMember(t.prisma, sharedOrganisation.id, "Colleague Who Confirmed");
  return { accounts, soleOrganisation: { id: sole.id, storageKey }, sharedOrganisationId: sharedOrganisation.id };
}

/** Audit entries either side of 7 years. */
async function seedAuditEntries({ t }: Portal): Promise<World["auditIds"]> {
  return {
    old: (
      await t.prisma.auditEvent.create({
        data: { action: "content.publish", subjectType: "ContentPage", occurredAt: at("2023-06-14") },
      })
    ).id,
    recent: (
      await t.prisma.auditEvent.create({
        data: { action: "content.publish", subjectType: "ContentPage", occurredAt: at("2023-06-16") },
      })
    ).id,
  };
}

async function seedWorld(portal: Portal): Promise<World> {
  return {
    due: await seedDue(portal),
    kept: await seedKept(portal),
    ...(await seedAccounts(portal)),
    auditIds: await seedAuditEntries(portal),
  };
}

// The tests that only read (the dry run, the lead's report) share one portal holding every rule's rows.
let shared: Portal & World;
// Each test that applies the periods, or changes them, has a portal to itself, which no other test uses.
let applying: Portal & World;
let withoutLeads: Portal;
let changing: Portal & Pick<World, "accounts">;
let command: Portal;

beforeAll(async () => {
  const portal = await openPortal();
  shared = { ...portal, ...(await seedWorld(portal)) };
});
beforeAll(async () => {
  const portal = await openPortal();
  applying = { ...portal, ...(await seedWorld(portal)) };
});
beforeAll(async () => {
  withoutLeads = await openPortal();
});
beforeAll(async () => {
  // The applications kept by the default periods (those due by them would be due by the new ones
  // too), the accounts and the audit log.
  const portal = await openPortal();
  await seedKept(portal);
  const { accounts } = await seedAccounts(portal);
  await seedAuditEntries(portal);
  changing = { ...portal, accounts };
});
beforeAll(async () => {
  command = await openPortal();
});

describe("the retention periods", () => {
  it("has a dry run that reports what would go, each rule either side of its boundary, and changes nothing", async () => {
    const { t, accounts } = shared;
    const before = await snapshot(t);
    const outbox = t.outbox().length;
    const plan = await t.deps.jobs.dryRun(NOW);
    expect(plan.periods).toEqual({
      unsuccessfulApplicationYears: 2,
      awardedApplicationYearsAfterExpiry: 1,
      unverifiedAccountDays: 30,
      auditYears: 7,
    });
    expect(plan.applications.map((a) => `${a.reference} ${a.rule}`).sort()).toEqual([
      "SVA-2023-0010 withdrawn",
      "SVA-2024-0005 awarded",
      "SVA-2027-0007 awarded",
      "SVA-2028-0001 not-awarded",
      "SVA-2028-0003 withdrawn",
    ]);
    expect(plan.applications.find((a) => a.reference === "SVA-2027-0007")?.endedAt).toEqual(at("2029-06-01"));
    expect(plan.accounts.map((a) => a.id).sort()).toEqual([accounts.old.id, accounts.soleOwner.id].sort());
    expect(plan.accounts.find((a) => a.id === accounts.soleOwner.id)?.organisationsDeleted).toBe(1);
    expect(plan.auditEntries).toBe(1);
    expect(await snapshot(t)).toEqual(before);
    expect(t.outbox()).toHaveLength(outbox);
  });

  it("shows the same report to the lead, and to no one else", async () => {
    const { t, lead, due } = shared;
    // Opening a page refreshes the lead's own session, which is not what the report is about.
    const before = await snapshot(t, ["Session"]);
    const page = await lead.visitor.get("/admin/retention");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.text).toContain("This is a dry run: nothing is changed by this page");
    // The page counts from today: only the application withdrawn three years ago is due yet.
    expect(page.text).toContain("SVA-2023-0010");
    expect(page.text).toMatch(/id="count-applications">1</);
    for (const item of due.filter((d) => d.reference !== "SVA-2023-0010"))
      expect(page.text).not.toContain(item.reference);
    expect(page.text).not.toContain("Declarer of");
    expect(await snapshot(t, ["Session"])).toEqual(before);
    const assessor = await signedInAs(t, "ASSESSOR", "Curious Assessor");
    expect((await assessor.visitor.get("/admin/retention")).status).toBe(403);
    expect((await new Visitor(t.app).get("/admin/retention")).headers.location).toContain("/sign-in");
  });

  it("applies the periods: anonymises the applications due, erases unconfirmed accounts, prunes the audit log", async () => {
    const { t, due, kept, accounts, soleOrganisation, sharedOrganisationId, auditIds } = applying;
    const statisticsOf = (id: string) =>
      t.prisma.application.findUniqueOrThrow({
        where: { id },
        select: {
          reference: true,
          status: true,
          chosenThemes: true,
          orgType: true,
          orgPlaces: true,
          orgSizeBand: true,
          submittedAt: true,
          themes: { select: { theme: true, stakeholderCount: true, places: true } },
          decisions: { select: { outcome: true, decidedAt: true, recognisedThemes: true } },
          assignments: { select: { reviewStatus: true, scores: { select: { score: true, criterion: true } } } },
          award: { select: { status: true, awardedAt: true, expiresAt: true, themes: true } },
        },
      });
    const statsBefore = await Promise.all(due.map((d) => statisticsOf(d.id)));
    const keptBefore = await Promise.all(kept.map((k) => whereFound(t, k.needles)));

    const report = await t.deps.jobs.run(NOW);
    expect(report.retention).toEqual({
      applicationsAnonymised: 5,
      accountsErased: 2,
      organisationsDeleted: 1,
      auditEntriesDeleted: 1,
    });

    for (const [index, item] of due.entries()) {
      expect(await whereFound(t, item.needles)).toEqual([]);
      expect(existsSync(storedPath(t, item.storageKey))).toBe(false);
      expect(await statisticsOf(item.id)).toEqual(statsBefore[index]);
      const row = await t.prisma.application.findUniqueOrThrow({ where: { id: item.id } });
      expect(row.anonymisedAt).toEqual(NOW);
      const entry = await t.prisma.auditEvent.findFirstOrThrow({
        where: { action: "application.anonymise", subjectId: item.id },
      });
      expect(entry.actorId).toBeNull();
      expect(JSON.parse(entry.after!)).toMatchObject({ reason: "retention", reference: item.reference });
    }
    for (const [index, item] of kept.entries()) {
      expect(await whereFound(t, item.needles)).toEqual(keptBefore[index]);
      expect(existsSync(storedPath(t, item.storageKey))).toBe(true);
    }

    const remaining = await t.prisma.user.findMany({ where: { id: { in: Object.values(accounts).map((a) => a.id) } } });
    expect(remaining.map((u) => u.email).sort()).toEqual([
      "confirmed-long-ago@retention.example.org",
      "recent-unconfirmed@retention.example.org",
      "shared-owner@retention.example.org",
    ]);
    expect(await t.prisma.organisation.count({ where: { id: soleOrganisation.id } })).toBe(0);
    expect(existsSync(storedPath(t, soleOrganisation.storageKey))).toBe(false);
    expect(await t.prisma.organisation.count({ where: { id: sharedOrganisationId } })).toBe(1);
    expect(
      await whereFound(t, [
        "old-unconfirmed@retention.example.org",
        "sole-owner@retention.example.org",
        "Lonely Draft Collective",
      ]),
    ).toEqual([]);

    expect(await t.prisma.auditEvent.count({ where: { id: auditIds.old } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { id: auditIds.recent } })).toBe(1);
    const pruned = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "audit.prune" } });
    expect(JSON.parse(pruned.after!)).toEqual({
      reason: "retention",
      deleted: 1,
      olderThan: "2023-06-15T12:00:00.000Z",
    });

    // Running again, or the dry run, finds nothing more.
    const again = await t.deps.jobs.run(NOW);
    expect(again.retention).toEqual({
      applicationsAnonymised: 0,
      accountsErased: 0,
      organisationsDeleted: 0,
      auditEntriesDeleted: 0,
    });
    const plan = await t.deps.jobs.dryRun(NOW);
    expect(plan.applications).toEqual([]);
    expect(plan.accounts).toEqual([]);
  });

  it("keeps the last active programme lead even when the account was never confirmed", async () => {
    const { t } = withoutLeads;
    await t.prisma.user.updateMany({ where: { role: "PROGRAMME_LEAD" }, data: { active: false } });
    const only = await unverifiedAccount(t, "only-lead@retention.example.org", at("2020-01-01"), "PROGRAMME_LEAD");
    expect((await t.deps.jobs.dryRun(NOW)).accounts).toEqual([]);
    await t.deps.jobs.run(NOW);
    expect(await t.prisma.user.count({ where: { id: only.id } })).toBe(1);
  });
});

describe("the retention settings", () => {
  const form = "/admin/settings/retention";

  it("are checked, saved by the lead, used by the jobs and stated on the privacy notice", async () => {
    const { t, lead, accounts } = changing;
    const privacy = await new Visitor(t.app).get("/privacy");
    expect(privacy.status).toBe(200);
    expect(privacy.text).toContain("How long we keep your information");
    expect(privacy.text).toContain("<strong>2 years</strong> after the decision");
    expect(privacy.text).toContain("<strong>1 year</strong> after the award expires");
    expect(privacy.text).toContain("<strong>30 days</strong> after sign-up");
    expect(privacy.text).toContain("<strong>7 years</strong>");
    expect(privacy.text).toContain("Your rights");

    const page = await lead.visitor.get(form);
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="2"');
    const bad = await lead.visitor.submit(form, form, {
      unsuccessfulApplicationYears: "",
      awardedApplicationYearsAfterExpiry: "11",
      unverifiedAccountDays: "two",
      auditYears: "0",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("There is a problem");
    expect(bad.text).toContain('href="#unsuccessfulApplicationYears"');
    expect(bad.text).toContain("Enter how long to keep unsuccessful and withdrawn applications as a whole number");
    expect(bad.text).toContain("How long to keep awarded applications after the award ends must be between 0 and 10");
    expect(bad.text).toContain('href="#unverifiedAccountDays"');
    expect(bad.text).toContain("How long to keep the audit log must be between 1 and 20");
    expect(bad.text).toContain('value="two"');
    expect(await t.prisma.setting.count({ where: { key: "retention" } })).toBe(0);

    const saved = await lead.visitor.submit(form, form, {
      unsuccessfulApplicationYears: "3",
      awardedApplicationYearsAfterExpiry: "0",
      unverifiedAccountDays: "14",
      auditYears: "6",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe("/admin/settings?saved=retention");
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "settings.update", subjectId: "retention" },
    });
    expect(JSON.parse(audit.after!)).toEqual({
      unsuccessfulApplicationYears: 3,
      awardedApplicationYearsAfterExpiry: 0,
      unverifiedAccountDays: 14,
      auditYears: 6,
    });

    const changed = await new Visitor(t.app).get("/privacy");
    expect(changed.text).toContain("<strong>3 years</strong> after the decision");
    expect(changed.text).toContain("<strong>0 years</strong> after the award expires");
    expect(changed.text).toContain("<strong>14 days</strong> after sign-up");
    expect(changed.text).toContain("<strong>6 years</strong>");
    expect(changed.text).not.toContain("<strong>2 years</strong>");

    // The kept application decided on 16 June 2028 was inside 2 years; with 3 it is further inside,
    // and the one awarded until 16 June 2029 is now past its (zero) period.
    const plan = await t.deps.jobs.dryRun(NOW);
    expect(plan.cutoffs.unsuccessful).toEqual(new Date("2027-06-15T12:00:00Z"));
    expect(plan.applications.map((a) => a.reference)).toEqual(["SVA-2024-0006"]);
    for (const user of [accounts.recent]) expect(plan.accounts.map((a) => a.id)).toContain(user.id);
    expect(plan.auditEntries).toBeGreaterThan(0);

    const report = await lead.visitor.get("/admin/retention");
    expect(report.text).toContain("3 years after the decision or withdrawal");
  });

  it("reach the jobs command's dry run, which prints the report and changes nothing", async () => {
    const { t, lead } = command;
    // The periods the settings test saves through the form, set here on this test's own portal.
    await t.deps.settings.set(
      "retention",
      {
        unsuccessfulApplicationYears: 3,
        awardedApplicationYearsAfterExpiry: 0,
        unverifiedAccountDays: 14,
        auditYears: 6,
      },
      lead.user.id,
    );
    await seedApplication(command, "SVA-2022-0100", { status: "WITHDRAWN", withdrawnAt: yearsAgo(4) });
    const tables = await snapshot(t);
    const before = spawnSync(process.execPath, ["--import", "tsx", "src/jobs.ts", "--dry-run"], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "test",
        DATABASE_URL: t.database.url,
        UPLOAD_DIR: t.uploadDir,
        OUTBOX_DIR: `${t.uploadDir}/outbox`,
        LOG_LEVEL: "silent",
        SEED_DEMO_DATA: "false",
      },
      encoding: "utf8",
    });
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toContain("nothing has been changed");
    expect(before.stdout).toContain("Unsuccessful and withdrawn applications: kept 3 years");
    expect(before.stdout).toMatch(/Applications that would be anonymised: \d+/);
    expect(before.stdout).toContain("SVA-2022-0100  withdrawn");
    expect(before.stdout).not.toContain("Declarer of");
    expect(await snapshot(t)).toEqual(tables);
    const wrong = spawnSync(process.execPath, ["--import", "tsx", "src/jobs.ts", "--dryrun"], {
      env: { PATH: process.env.PATH, NODE_ENV: "test", DATABASE_URL: t.database.url, LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Unknown option --dryrun");
  });
});
