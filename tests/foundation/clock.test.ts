import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { latestMailTo, linkIn, signUp } from "../helpers/accounts.js";
import { Visitor } from "../helpers/browser.js";
import { fixturePasswords } from "../helpers/passwords.js";

// The clock arrives as a dependency from the composition root: every area reads the time the app
// was given, so a whole journey can be tried on a chosen day.

const HOUR = 60 * 60_000;
let now = new Date("2027-03-01T09:00:00Z");
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { passwords: fixturePasswords, clock: () => now });
});
afterAll(async () => {
  await t?.close();
});

describe("the app's clock", () => {
  it("dates what is saved and decides when an emailed link has expired", async () => {
    now = new Date("2027-03-01T09:00:00Z");
    await signUp(new Visitor(t.app), "clocked@example.org");
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "clocked@example.org" } });
    const token = await t.prisma.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.expiresAt.toISOString()).toBe("2027-03-02T09:00:00.000Z");
    const link = linkIn(latestMailTo(t, "clocked@example.org"), "/verify-email/");

    now = new Date(now.getTime() + 25 * HOUR);
    const late = await new Visitor(t.app).get(link);
    expect(late.text).toContain("This link has expired");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });
});
