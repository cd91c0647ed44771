import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationsDeps } from "../../src/modules/applications/deps.js";
import { submit } from "../../src/modules/applications/submit.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import {
  applicationsDepsOf,
  completeApplication,
  createOrganisation,
  signedIn,
  startApplication,
} from "../helpers/applications.js";
import { createUser } from "../helpers/factories.js";

// The submit use case itself, without the pages in front of it: whoever calls it gets the same rules.

let t: TestApp;
let deps: ApplicationsDeps;
beforeAll(async () => {
  t = await createTestApp();
  deps = applicationsDepsOf(t);
  await createUser(t.prisma, { email: "lead@example.org", role: "PROGRAMME_LEAD" });
});
afterAll(() => t.close());

/** A draft with every section complete, ready to submit. */
async function readyDraft() {
  const { owner } = await createOrganisation(t.prisma);
  const visitor = await signedIn(t.app, owner);
  const id = await startApplication(visitor);
  await completeApplication(visitor, id);
  return { owner, id, actor: { id: owner.id, fullName: owner.fullName } };
}

/** Everything a submission would change: the application, its audit trail, the reference counter and the mail. */
async function snapshot(id: string) {
  const year = new Date().getUTCFullYear();
  return {
    application: await t.prisma.application.findUniqueOrThrow({ where: { id } }),
    audit: await t.prisma.auditEvent.findMany({ where: { subjectId: id }, orderBy: { id: "asc" } }),
    counter: await t.prisma.applicationReferenceCounter.findUnique({ where: { year } }),
    mail: t.outbox().length,
  };
}

describe("the submit use case", () => {
  it("refuses someone whose email address is not confirmed, and changes nothing", async () => {
    const { owner, id, actor } = await readyDraft();
    await t.prisma.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: null } });
    const before = await snapshot(id);

    expect(await submit(deps, actor, id)).toEqual({ outcome: "unverified" });

    const after = await snapshot(id);
    expect(after).toEqual(before);
    expect(after.application.status).toBe("DRAFT");
    expect(after.application.reference).toBeNull();
    expect(after.application.submittedAt).toBeNull();
    expect(after.audit.map((e) => e.action)).not.toContain("application.submit");
  });

  it("submits for someone whose email address is confirmed", async () => {
    const { owner, id, actor } = await readyDraft();
    const mailBefore = t.outbox().length;

    const result = await submit(deps, actor, id);

    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.reference).toMatch(/^SVA-\d{4}-\d{4}$/);
    expect(result).toEqual({ outcome: "submitted", reference: row.reference });
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedById).toBe(owner.id);
    const audit = await t.prisma.auditEvent.findMany({ where: { subjectId: id, action: "application.submit" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(owner.id);
    expect(t.outbox().length).toBe(mailBefore + 2);
    expect(t.outbox().map((m) => m.subject)).toContain(`Application ${row.reference} submitted`);
  });

  it("does not look at someone else's application, whatever their email address", async () => {
    const { id } = await readyDraft();
    const stranger = await createUser(t.prisma, { verified: false });
    expect(await submit(deps, { id: stranger.id, fullName: stranger.fullName }, id)).toBeNull();
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});
