import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobs } from "../../src/modules/jobs/service.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation } from "../helpers/applications.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function awardExpiring(name: string, expiresAt: Date) {
  const { organisation, owner } = await createOrganisation(t.prisma, name);
  const application = await t.prisma.application.create({
    data: { organisationId: organisation.id, createdById: owner.id, status: "AWARDED", orgName: name },
  });
  const award = await t.prisma.award.create({
    data: {
      applicationId: application.id,
      organisationId: organisation.id,
      decisionId: "seed",
      organisationName: name,
      themes: "SOCIAL",
      awardedAt: new Date(expiresAt.getTime() - 5 * 365 * 24 * 3600_000),
      expiresAt,
      certificateCode: `JOBS-${name.slice(0, 4).toUpperCase()}-0000-0001`,
    },
  });
  return { award, owner };
}

const mailsTo = (email: string) => t.outbox().filter((m) => m.to.includes(email));

describe("the jobs command", () => {
  it("sends the six-month and one-month expiry reminders once each, however often it runs", async () => {
    const expiresAt = new Date("2027-07-01T12:00:00Z");
    const { owner, award } = await awardExpiring("Reminded Org", expiresAt);
    const jobs = t.deps.jobs;

    // Seven months before: nothing yet.
    await jobs.run(new Date("2026-12-01T09:00:00Z"));
    expect(mailsTo(owner.email)).toHaveLength(0);
    // Six months before, twice, and on two instances at once.
    const sixMonths = new Date("2027-01-02T09:00:00Z");
    const other = createJobs({
      prisma: t.prisma,
      mailer: t.deps.mailer,
      logger: t.deps.logger,
      now: t.deps.now,
      partFiles: t.deps.partFiles,
      ...t.deps.dataProtection,
    });
    await Promise.all([jobs.run(sixMonths), other.run(sixMonths)]);
    await jobs.run(new Date("2027-01-03T09:00:00Z"));
    expect(mailsTo(owner.email).map((m) => m.subject)).toEqual(["Your Social Value Award expires in six months"]);
    // One month before: the second reminder, once.
    await jobs.run(new Date("2027-06-02T09:00:00Z"));
    await jobs.run(new Date("2027-06-03T09:00:00Z"));
    expect(mailsTo(owner.email).map((m) => m.subject)).toEqual([
      "Your Social Value Award expires in one month",
      "Your Social Value Award expires in six months",
    ]);
    expect(await t.prisma.reminderSent.count({ where: { key: { contains: award.id } } })).toBe(2);
  });

  it("marks awards expired once their date passes, and they drop off the register", async () => {
    const { award } = await awardExpiring("Expiring Org", new Date("2026-01-01T00:00:00Z"));
    await t.prisma.award.update({ where: { id: award.id }, data: { listedOnRegister: true } });
    const report = await t.deps.jobs.run(new Date("2026-01-02T00:00:00Z"));
    expect(report.expiredAwards).toBeGreaterThanOrEqual(1);
    expect((await t.prisma.award.findUniqueOrThrow({ where: { id: award.id } })).status).toBe("EXPIRED");
    const again = await t.deps.jobs.run(new Date("2026-01-03T00:00:00Z"));
    expect(again.expiredAwards).toBe(0);
    const audit = await t.prisma.auditEvent.count({ where: { action: "award.expire", subjectId: award.id } });
    expect(audit).toBe(1);
  });

  it("reminds an assessor once about a review open for more than 14 days", async () => {
    const assessor = await createUser(t.prisma, { role: "ASSESSOR", email: "slow@assessors.example.net" });
    const { organisation, owner } = await createOrganisation(t.prisma, "Waiting Org");
    const application = await t.prisma.application.create({
      data: {
        organisationId: organisation.id,
        createdById: owner.id,
        status: "IN_ASSESSMENT",
        reference: "SVA-2026-9001",
        liveKey: organisation.id,
      },
    });
    const assignedAt = new Date("2026-11-01T09:00:00Z");
    await t.prisma.assignment.create({
      data: { applicationId: application.id, assessorId: assessor.id, openKey: "k1", status: "ACTIVE", assignedAt },
    });
    await t.deps.jobs.run(new Date("2026-11-14T09:00:00Z"));
    expect(mailsTo(assessor.email)).toHaveLength(0);
    await t.deps.jobs.run(new Date("2026-11-16T09:00:00Z"));
    await t.deps.jobs.run(new Date("2026-11-20T09:00:00Z"));
    const mails = mailsTo(assessor.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Reminder: your review of SVA-2026-9001");
  });
});

describe("half-written upload files", () => {
  it("removes those older than an hour in every jobs run, counting them, and leaves fresh ones", async () => {
    const tmp = path.join(t.uploadDir, "tmp");
    const files = path.join(t.uploadDir, "files", "evidence");
    mkdirSync(tmp, { recursive: true });
    mkdirSync(files, { recursive: true });
    const now = new Date("2027-02-01T09:00:00Z");
    const old = new Date(now.getTime() - 2 * 60 * 60_000);
    const killed = path.join(tmp, "0f3a-killed-mid-upload.part");
    const stored = path.join(files, "abc.0f3a.part");
    const arriving = path.join(tmp, "0f3b-still-arriving.part");
    for (const file of [killed, stored, arriving]) writeFileSync(file, "partial");
    utimesSync(killed, old, old);
    utimesSync(stored, old, old);
    utimesSync(arriving, now, now);

    const report = await t.deps.jobs.run(now);
    expect(report.temporaryFilesRemoved).toBe(2);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(stored)).toBe(false);
    expect(existsSync(arriving)).toBe(true);
    expect((await t.deps.jobs.run(now)).temporaryFilesRemoved).toBe(0);
  });
});
