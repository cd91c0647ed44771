import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/**
 * An app of its own whose database is broken underneath it, as a failed disk or a bad deploy
 * would break it, so that no other test meets the broken table; closed once `check` is done.
 */
async function withBrokenApp(env: Record<string, string>, check: (app: TestApp) => Promise<void>) {
  const broken = await createTestApp(env);
  try {
    await broken.prisma.$executeRawUnsafe('ALTER TABLE "User" RENAME TO "User_moved"');
    await check(broken);
  } finally {
    await broken.close();
  }
}

describe("error pages", () => {
  it("answers an unknown address with a 404 page that helps the person on", async () => {
    const response = await request(t.app).get("/no/such/page");
    expect(response.status).toBe(404);
    expect(response.text).toContain("<title>Page not found – Cheshire and Merseyside Social Value</title>");
    expect(response.text).toContain("check it is correct");
    expect(response.text).toContain('href="/"');
  });

  it("answers a signed-in person without the right role with a 403 page", async () => {
    const applicant = await createUser(t.prisma, { email: "applicant-403@example.org", role: "APPLICANT" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(applicant.email, applicant.password);
    const response = await visitor.get("/admin");
    expect(response.status).toBe(403);
    expect(response.text).toContain("You do not have access to this page");
  });

  it("lets the programme lead into the lead's area", async () => {
    const lead = await createUser(t.prisma, { email: "lead-200@example.org", role: "PROGRAMME_LEAD" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(lead.email, lead.password);
    const response = await visitor.get("/admin");
    expect(response.status).toBe(200);
    expect(response.text).toContain("Programme administration");
  });

  it("sends someone signed out to sign in, and back to the page afterwards", async () => {
    const lead = await createUser(t.prisma, { email: "lead-return@example.org", role: "PROGRAMME_LEAD" });
    const visitor = new Visitor(t.app);
    const first = await visitor.get("/admin");
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe("/sign-in?returnTo=%2Fadmin");
    const form = await visitor.get(first.headers.location!);
    expect(form.text).toContain('name="returnTo" value="/admin"');
    const signedIn = await visitor.submit(first.headers.location!, "/sign-in", {
      email: lead.email,
      password: lead.password,
      returnTo: "/admin",
    });
    expect(signedIn.headers.location).toBe("/admin");
  });

  it("shows a 500 page with no error details in production", async () => {
    const production = {
      NODE_ENV: "production",
      SESSION_SECRET: "a-production-secret-that-is-long-enough-0123456789",
      BASE_URL: "https://socialvalue.example.org",
      TRUST_PROXY: "1",
    };
    await withBrokenApp(production, async (broken) => {
      const visitor = new Visitor(broken.app, { https: true });
      const response = await visitor.submit("/sign-in", "/sign-in", {
        email: "someone@example.org",
        password: "whatever",
      });
      expect(response.status).toBe(500);
      expect(response.text).toContain("Sorry, there is a problem with the service");
      expect(response.text).not.toContain("Details for developers");
      expect(response.text).not.toMatch(/User_moved|no such table|does not exist|at \w+ \(|\.ts:\d+/);
    });
  });

  it("shows the developer what went wrong outside production", async () => {
    await withBrokenApp({}, async (broken) => {
      const visitor = new Visitor(broken.app);
      const response = await visitor.submit("/sign-in", "/sign-in", {
        email: "someone@example.org",
        password: "whatever",
      });
      expect(response.status).toBe(500);
      expect(response.text).toContain("Details for developers");
    });
  });
});
