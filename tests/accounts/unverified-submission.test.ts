import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { completeApplication, createOrganisation, signedIn, startApplication } from "../helpers/applications.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("submitting before the email address is confirmed", () => {
  it("keeps the draft but refuses to submit until the owner has followed the link", async () => {
    const { owner } = await createOrganisation(t.prisma);
    await t.prisma.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: null } });
    const visitor = await signedIn(t.app, owner);
    const id = await startApplication(visitor);
    await completeApplication(visitor, id);

    const refused = await visitor.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("Confirm your email address before you submit");
    expect(refused.text).toContain('href="#incomplete-sections"');
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id } })).status).not.toBe("SUBMITTED");

    await t.prisma.user.update({ where: { id: owner.id }, data: { emailVerifiedAt: new Date() } });
    const submitted = await visitor.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
    expect(submitted.status).toBe(303);
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});
