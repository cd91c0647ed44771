import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorSummary } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  // A high per-address limit, so that only the per-account lock is at work here.
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t.close();
});

const attempt = (visitor: Visitor, email: string, password: string) =>
  visitor.submit("/sign-in", "/sign-in", { email, password });

describe("signing in to an account", () => {
  it("locks an account after 5 failed attempts in 15 minutes, even for the right password, with a clear message", async () => {
    const user = await createUser(t.prisma, { email: "lockme@example.org" });
    const visitor = new Visitor(t.app);
    for (let i = 0; i < 5; i += 1) {
      const wrong = await attempt(visitor, user.email, `wrong password ${i}`);
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain("Enter a correct email address and password");
    }
    // Another visitor (another device or address) is refused too: the count belongs to the account.
    const locked = await attempt(new Visitor(t.app), "LOCKME@example.org", user.password);
    expect(locked.status).toBe(429);
    expect(locked.text).toContain("too many unsuccessful attempts to sign in to this account");
    expect(locked.text).toContain("Wait 15 minutes");
    expect(locked.text).toContain('href="#email"');
    const row = await t.prisma.rateLimitHit.findUniqueOrThrow({ where: { key: "sign-in-account:lockme@example.org" } });
    expect(row.hits).toBe(5);
    expect(row.resetAt.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    // When the window has passed, the right password works again.
    await t.prisma.rateLimitHit.update({ where: { key: row.key }, data: { resetAt: new Date(Date.now() - 1000) } });
    const back = await attempt(new Visitor(t.app), user.email, user.password);
    expect(back.status).toBe(303);
  });

  it("clears the failure count on a successful sign-in", async () => {
    const user = await createUser(t.prisma, { email: "forgetful@example.org" });
    const visitor = new Visitor(t.app);
    for (let i = 0; i < 4; i += 1) await attempt(visitor, user.email, "nope nope nope");
    expect((await attempt(visitor, user.email, user.password)).status).toBe(303);
    expect(
      await t.prisma.rateLimitHit.findUnique({ where: { key: "sign-in-account:forgetful@example.org" } }),
    ).toBeNull();
  });

  it("treats an unknown email exactly like a known one: same answer, same lock, a password check either way", async () => {
    const user = await createUser(t.prisma, { email: "real@example.org" });
    const verify = vi.spyOn(t.deps.passwords, "verify");
    const known = await attempt(new Visitor(t.app), user.email, "not the password");
    const checksForKnown = verify.mock.calls.length;
    const unknown = await attempt(new Visitor(t.app), "nobody@example.org", "not the password");
    const checksForUnknown = verify.mock.calls.length - checksForKnown;
    verify.mockRestore();
    expect(checksForKnown).toBe(1);
    expect(checksForUnknown).toBe(1);
    expect(known.status).toBe(unknown.status);
    expect(errorSummary(known.text)).toBe(errorSummary(unknown.text));

    for (let i = 0; i < 4; i += 1) {
      await attempt(new Visitor(t.app), user.email, "still wrong");
      await attempt(new Visitor(t.app), "nobody@example.org", "still wrong");
    }
    const knownLocked = await attempt(new Visitor(t.app), user.email, "still wrong");
    const unknownLocked = await attempt(new Visitor(t.app), "nobody@example.org", "still wrong");
    expect(knownLocked.status).toBe(429);
    expect(unknownLocked.status).toBe(429);
    expect(errorSummary(knownLocked.text)).toBe(errorSummary(unknownLocked.text));
  });

  it("returns a person to the private page they asked for after signing in", async () => {
    const user = await createUser(t.prisma, { email: "returner@example.org" });
    const visitor = new Visitor(t.app);
    const redirected = await visitor.get("/account/profile");
    expect(redirected.status).toBe(303);
    expect(redirected.headers.location).toBe("/sign-in?returnTo=%2Faccount%2Fprofile");
    const form = await visitor.get(redirected.headers.location as string);
    expect(form.text).toContain('name="returnTo" value="/account/profile"');
    const signedIn = await visitor.submit(redirected.headers.location as string, "/sign-in", {
      email: user.email,
      password: user.password,
      returnTo: "/account/profile",
    });
    expect(signedIn.headers.location).toBe("/account/profile");
    expect((await visitor.get("/account/profile")).status).toBe(200);
  });

  it.each([
    "https://evil.example.com/account",
    "//evil.example.com/",
    "/\\evil.example.com",
    "/%5Cevil.example.com",
    "\t//evil.example.com",
    "javascript:alert(1)",
  ])("never sends a person off the site after signing in (returnTo=%s)", async (returnTo) => {
    const user = await createUser(t.prisma);
    const visitor = new Visitor(t.app);
    const response = await visitor.submit(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`, "/sign-in", {
      email: user.email,
      password: user.password,
      returnTo,
    });
    expect(response.status).toBe(303);
    const location = response.headers.location as string;
    expect(location.startsWith("/")).toBe(true);
    // Resolved as a browser would, the address stays on this site.
    expect(new URL(location, "http://portal.test/sign-in").host).toBe("portal.test");
    expect(location).not.toContain("\\");
  });
});
