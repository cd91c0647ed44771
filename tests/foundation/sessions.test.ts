import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { cookieNamed, csrfTokenIn, Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let production: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  production = await createTestApp({
    NODE_ENV: "production",
    SESSION_SECRET: "a-production-secret-that-is-long-enough-0123456789",
    BASE_URL: "https://socialvalue.example.org",
    TRUST_PROXY: "1",
  });
});
afterAll(async () => {
  await t.close();
  await production.close();
});

const sidOf = (cookie: string | undefined) => /svp\.sid=s:([^.;]+)/.exec(decodeURIComponent(cookie ?? ""))?.[1] ?? "";

describe("sessions", () => {
  it("creates no session and sets no cookie for someone reading public pages", async () => {
    const before = await t.prisma.session.count();
    for (const page of ["/", "/accessibility", "/privacy", "/cookies", "/contact", "/no-such-page"]) {
      const response = await request(t.app).get(page);
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
    expect(await t.prisma.session.count()).toBe(before);
  });

  it("stores a session in the database when a form needs one, with an HttpOnly, SameSite=Lax cookie", async () => {
    const response = await request(t.app).get("/sign-in");
    const cookie = cookieNamed(response, "svp.sid");
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const row = await t.prisma.session.findUnique({ where: { sid: sidOf(cookie) } });
    expect(row).not.toBeNull();
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("marks the cookie Secure in production", async () => {
    const response = await request(production.app).get("/sign-in").set("X-Forwarded-Proto", "https");
    const cookie = cookieNamed(response, "svp.sid");
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/i);
  });

  it("gives the session a new id on sign-in, so an id known before sign-in is useless", async () => {
    const user = await createUser(t.prisma, { email: "fixation@example.org" });
    const visitor = new Visitor(t.app);
    const form = await visitor.get("/sign-in");
    const before = sidOf(cookieNamed(form, "svp.sid"));
    const signedIn = await visitor.post("/sign-in", {
      _csrf: csrfTokenIn(form.text),
      email: user.email,
      password: user.password,
    });
    expect(signedIn.status).toBe(303);
    const after = sidOf(cookieNamed(signedIn, "svp.sid"));
    expect(after).not.toBe("");
    expect(after).not.toBe(before);
    expect(await t.prisma.session.findUnique({ where: { sid: before } })).toBeNull();
    const stored = await t.prisma.session.findUnique({ where: { sid: after } });
    expect(stored?.userId).toBe(user.id);

    // Someone holding the old cookie is not signed in.
    const oldCookie = cookieNamed(form, "svp.sid")!.split(";")[0]!;
    const attacker = await request(t.app).get("/account").set("Cookie", oldCookie);
    expect(attacker.status).toBe(303);
    expect(attacker.headers.location).toBe("/sign-in?returnTo=%2Faccount");
  });

  it("destroys the session on sign-out", async () => {
    const user = await createUser(t.prisma, { email: "signout@example.org" });
    const visitor = new Visitor(t.app);
    const signedIn = await visitor.signIn(user.email, user.password);
    const sid = sidOf(cookieNamed(signedIn, "svp.sid"));
    const cookie = cookieNamed(signedIn, "svp.sid")!.split(";")[0]!;
    const out = await visitor.submit("/account", "/sign-out", {});
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe("/signed-out");
    expect(await t.prisma.session.findUnique({ where: { sid } })).toBeNull();
    const replay = await request(t.app).get("/account").set("Cookie", cookie);
    expect(replay.status).toBe(303);
  });

  it("ends a session at once when its user is deactivated", async () => {
    const user = await createUser(t.prisma, { email: "deactivated@example.org" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    expect((await visitor.get("/account")).status).toBe(200);
    await t.prisma.user.update({ where: { id: user.id }, data: { active: false } });
    const response = await visitor.get("/account");
    expect(response.status).toBe(303);
    expect(response.headers.location).toContain("/sign-in");
  });
});

describe("the session store", () => {
  it("reports when its writes have finished, so the database can close after the last response", async () => {
    const store = t.deps.sessionStore;
    const expires = new Date(Date.now() + 60 * 60_000);
    store.set("settling-session", { cookie: { originalMaxAge: null, expires } });
    await store.settled();
    const row = await t.prisma.session.findUnique({ where: { sid: "settling-session" } });
    expect(row?.expiresAt.toISOString()).toBe(expires.toISOString());
    const later = new Date(expires.getTime() + 60_000);
    store.touch("settling-session", { cookie: { originalMaxAge: null, expires: later } });
    await store.settled();
    const touched = await t.prisma.session.findUnique({ where: { sid: "settling-session" } });
    expect(touched?.expiresAt.toISOString()).toBe(later.toISOString());
  });
});
