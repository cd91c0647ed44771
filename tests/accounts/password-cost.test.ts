import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashParameters, PRODUCTION_PASSWORD_COST } from "../../src/platform/passwords.js";
import { signUp } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { fixturePasswords } from "../helpers/passwords.js";
import { STRONG_PASSWORD } from "../helpers/accounts.js";

// The app as production builds it: no hasher passed in, so passwords cost what they cost live.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, {});
});
afterAll(() => t.close());

describe("password hashing at the production cost", () => {
  it("stores a new account's password with scrypt at N = 2^15, r = 8, p = 1, and signs in with it only", async () => {
    expect(t.deps.passwords.cost).toEqual({ N: 32768, r: 8, p: 1 });
    await signUp(new Visitor(t.app), "costly@example.org");
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "costly@example.org" } });
    expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(hashParameters(user.passwordHash)).toEqual(PRODUCTION_PASSWORD_COST);
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);

    expect(await t.deps.passwords.verify(STRONG_PASSWORD, user.passwordHash)).toBe(true);
    expect(await t.deps.passwords.verify(`${STRONG_PASSWORD}!`, user.passwordHash)).toBe(false);
    expect(await t.deps.passwords.verify("", user.passwordHash)).toBe(false);

    await t.prisma.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    const wrong = await new Visitor(t.app).submit("/sign-in", "/sign-in", {
      email: "costly@example.org",
      password: "plum kettle orbit lanterns",
    });
    expect(wrong.status).toBe(400);
    expect((await new Visitor(t.app).signIn("costly@example.org", STRONG_PASSWORD)).status).toBe(303);
  });

  it("verifies a hash made at another cost by the parameters stored in it", async () => {
    const cheap = await fixturePasswords.hash("a passphrase made cheaply");
    expect(hashParameters(cheap)).toEqual({ N: 1024, r: 8, p: 1 });
    expect(await t.deps.passwords.verify("a passphrase made cheaply", cheap)).toBe(true);
    expect(await t.deps.passwords.verify("a passphrase made cheaply.", cheap)).toBe(false);
  });

  it("refuses a stored value that is not one of its hashes", async () => {
    expect(await t.deps.passwords.verify("anything", "plain text")).toBe(false);
    expect(await t.deps.passwords.verify("anything", "scrypt$32768$8$1$")).toBe(false);
    expect(hashParameters("bcrypt$10$abc")).toBeNull();
  });
});
