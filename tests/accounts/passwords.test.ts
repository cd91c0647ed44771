import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "../../src/platform/common-passwords.js";
import { latestMailTo, linkIn, mainContent, STRONG_PASSWORD } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { cookieNamed, Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t.close();
});

const NEW_PASSWORD = "violet harbour pancake drum";

async function requestReset(email: string) {
  const visitor = new Visitor(t.app);
  const response = await visitor.submit("/forgotten-password", "/forgotten-password", { email });
  return { visitor, response, page: await visitor.get(response.headers.location as string) };
}

describe("the common passwords list", () => {
  it("has at least 10,000 entries and catches common passwords with digits or symbols added", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(10_000);
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("Password123456")).toBe(true);
    expect(isCommonPassword("qwertyuiop!!")).toBe(true);
    expect(isCommonPassword(STRONG_PASSWORD)).toBe(false);
  });
});

describe("forgotten password", () => {
  it("gives the same page whether or not the email has an account, and emails only a real account", async () => {
    const user = await createUser(t.prisma, { email: "resetme@example.org", fullName: "Reset Person" });
    const known = await requestReset("ResetMe@example.org");
    const unknown = await requestReset("ghost@example.org");
    expect(known.response.status).toBe(303);
    expect(unknown.response.status).toBe(303);
    expect(known.response.headers.location).toBe(unknown.response.headers.location);
    expect(mainContent(known.page.text)).toBe(mainContent(unknown.page.text));
    expect(latestMailTo(t, "ghost@example.org")).toBeUndefined();
    const mail = latestMailTo(t, user.email);
    expect(mail?.subject).toBe("Reset your password");
    expect(mail?.text).toContain("1 hour");
  });

  it("validates the email with an inline error", async () => {
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/forgotten-password", "/forgotten-password", { email: "not-an-email" });
    expect(response.status).toBe(400);
    expect(response.text).toContain('href="#email"');
    expect(response.text).toContain('value="not-an-email"');
    const long = await visitor.submit("/forgotten-password", "/forgotten-password", {
      email: `${"a".repeat(250)}@example.org`,
    });
    expect(long.status).toBe(400);
    expect(long.text).toContain("Email address must be 254 characters or fewer");
  });

  it("sets a new password from the link, once, and ends every session of the account", async () => {
    const user = await createUser(t.prisma, { email: "reset2@example.org" });
    const elsewhere = new Visitor(t.app);
    await elsewhere.signIn(user.email, user.password);
    expect((await elsewhere.get("/account")).status).toBe(200);

    await requestReset(user.email);
    const link = linkIn(latestMailTo(t, user.email), "/reset-password/");
    const visitor = new Visitor(t.app);
    const form = await visitor.get(link);
    expect(form.status).toBe(200);
    expect(form.text).toContain("Choose a new password");

    const tooShort = await visitor.submit(link, link, { password: "short" });
    expect(tooShort.status).toBe(400);
    expect(tooShort.text).toContain('href="#password"');
    const common = await visitor.submit(link, link, { password: "iloveyou1234" });
    expect(common.status).toBe(400);
    expect(common.text).toContain("too common");

    const done = await visitor.submit(link, link, { password: NEW_PASSWORD });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe("/reset-password-done");

    expect((await elsewhere.get("/account")).status).toBe(303);
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const oldPassword = await new Visitor(t.app).submit("/sign-in", "/sign-in", {
      email: user.email,
      password: user.password,
    });
    expect(oldPassword.status).toBe(400);
    await new Visitor(t.app).signIn(user.email, NEW_PASSWORD);

    const reused = await new Visitor(t.app).get(link);
    expect(reused.status).toBe(410);
    expect(reused.text).toContain("This link has already been used");
    expect(reused.text).toContain('href="/forgotten-password"');
    expect(await t.prisma.auditEvent.count({ where: { subjectId: user.id, action: "user.password-reset" } })).toBe(1);
    expect(latestMailTo(t, user.email)?.subject).toBe("Your password has been changed");
  });

  it("expires the link after an hour", async () => {
    const user = await createUser(t.prisma, { email: "slow@example.org" });
    await requestReset(user.email);
    const link = linkIn(latestMailTo(t, user.email), "/reset-password/");
    const token = await t.prisma.accountToken.findFirstOrThrow({
      where: { userId: user.id, purpose: "RESET_PASSWORD" },
    });
    expect(Math.abs(token.expiresAt.getTime() - Date.now() - 60 * 60_000)).toBeLessThan(60_000);
    await t.prisma.accountToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const visitor = new Visitor(t.app);
    const page = await visitor.get(link);
    expect(page.status).toBe(410);
    expect(page.text).toContain("This link has expired");
    // Posting to it anyway changes nothing.
    const post = await visitor.submit("/forgotten-password", link, { password: NEW_PASSWORD });
    expect(post.status).toBe(410);
    await new Visitor(t.app).signIn(user.email, user.password);
  });

  it("refuses a tampered link", async () => {
    const response = await new Visitor(t.app).get(`/reset-password/${"A".repeat(43)}`);
    expect(response.status).toBe(404);
    expect(response.text).toContain("This link is not valid");
  });
});

describe("changing a password", () => {
  it("asks for the current password, keeps this session and ends the others", async () => {
    const user = await createUser(t.prisma, { email: "changer@example.org" });
    const here = new Visitor(t.app);
    const signedIn = await here.signIn(user.email, user.password);
    const other = new Visitor(t.app);
    await other.signIn(user.email, user.password);

    const wrong = await here.submit("/account/password", "/account/password", {
      currentPassword: "not my password",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('href="#currentPassword"');
    expect(wrong.text).toContain("Your current password is not right");
    expect(wrong.text).not.toContain("not my password");
    expect(wrong.text).not.toContain(NEW_PASSWORD);

    const empty = await here.submit("/account/password", "/account/password", {});
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#newPassword"');

    const changed = await here.submit("/account/password", "/account/password", {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(303);
    expect((await here.get("/account")).status).toBe(200);
    expect((await other.get("/account")).status).toBe(303);
    const sid = /svp\.sid=s:([^.;]+)/.exec(decodeURIComponent(cookieNamed(signedIn, "svp.sid") ?? ""))?.[1];
    expect(sid).toBeDefined();
    expect(await t.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    await new Visitor(t.app).signIn(user.email, NEW_PASSWORD);
    expect(await t.prisma.auditEvent.count({ where: { subjectId: user.id, action: "user.password-change" } })).toBe(1);
    expect(latestMailTo(t, user.email)?.subject).toBe("Your password has been changed");
  });

  it("never writes a password to the logs", async () => {
    const user = await createUser(t.prisma, { email: "logs@example.org" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    await visitor.submit("/account/password", "/account/password", {
      currentPassword: user.password,
      newPassword: "secret words never logged",
    });
    const logged = JSON.stringify(t.logLines());
    expect(logged).not.toContain("secret words never logged");
    expect(logged).not.toContain(user.password);
  });

  it("is for signed-in people only", async () => {
    const response = await request(t.app).get("/account/password");
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe("/sign-in?returnTo=%2Faccount%2Fpassword");
  });
});
