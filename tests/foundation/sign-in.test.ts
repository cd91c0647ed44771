import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createOrganisation, signedIn, startApplication } from "../helpers/applications.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let limited: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  limited = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "3" });
});
afterAll(async () => {
  await t.close();
  await limited.close();
});

describe("signing in", () => {
  it("signs in with the right email and password, whatever the email's case, and shows who is signed in", async () => {
    const user = await createUser(t.prisma, { email: "siân.o'brien@example.org", fullName: "Siân O'Brien" });
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/sign-in", "/sign-in", {
      email: "  SIÂN.O'BRIEN@EXAMPLE.ORG ",
      password: user.password,
    });
    expect(response.status).toBe(303);
    // An applicant with no organisation's application yet starts at the eligibility questions.
    expect(response.headers.location).toBe("/apply");
    const home = await visitor.get("/");
    expect(home.text).toContain("Signed in as <strong>Siân O&#39;Brien</strong>");
    expect(home.text).toContain("Sign out");
  });

  it("shows an error summary and inline errors for missing details, keeping the email but not the password", async () => {
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/sign-in", "/sign-in", { email: "not-an-email", password: "" });
    expect(response.status).toBe(400);
    expect(response.text).toContain("<title>Error: Sign in – Cheshire and Merseyside Social Value</title>");
    expect(response.text).toContain("There is a problem");
    expect(response.text).toContain('href="#email"');
    expect(response.text).toContain('href="#password"');
    expect(response.text).toContain("Enter an email address in the correct format, like name@example.org");
    expect(response.text).toContain("Enter your password");
    expect(response.text).toContain('value="not-an-email"');
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser(t.prisma, { email: "known@example.org" });
    const visitor = new Visitor(t.app);
    const wrongPassword = await visitor.submit("/sign-in", "/sign-in", { email: user.email, password: "not it" });
    const unknown = await visitor.submit("/sign-in", "/sign-in", { email: "unknown@example.org", password: "not it" });
    expect(wrongPassword.status).toBe(400);
    expect(unknown.status).toBe(400);
    const message = (html: string) =>
      /<ul class="govuk-list govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1];
    expect(message(wrongPassword.text)).toBe(message(unknown.text));
    expect(wrongPassword.text).not.toContain('value="not it"');
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser(t.prisma, { email: "inactive@example.org", active: false });
    const response = await new Visitor(t.app).submit("/sign-in", "/sign-in", {
      email: user.email,
      password: user.password,
    });
    expect(response.status).toBe(400);
  });

  it.each(["//evil.example.com/", "https://evil.example.com/", "/\\evil.example.com", "javascript:alert(1)"])(
    "does not send anyone off the site after sign-in (returnTo=%s)",
    async (returnTo) => {
      const user = await createUser(t.prisma);
      const response = await new Visitor(t.app).submit(
        `/sign-in?returnTo=${encodeURIComponent(returnTo)}`,
        "/sign-in",
        {
          email: user.email,
          password: user.password,
          returnTo,
        },
      );
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe("/apply");
    },
  );

  it("takes each person to their own starting point: the application, the review queue, the lead's overview", async () => {
    const signIn = async (user: { email: string; password: string }) =>
      (await new Visitor(t.app).submit("/sign-in", "/sign-in", { email: user.email, password: user.password })).headers
        .location;
    expect(await signIn(await createUser(t.prisma, { role: "ASSESSOR" }))).toBe("/assessor");
    expect(await signIn(await createUser(t.prisma, { role: "PROGRAMME_LEAD" }))).toBe("/admin");
    const { owner } = await createOrganisation(t.prisma, "Starting Point Trust");
    const id = await startApplication(await signedIn(t.app, owner));
    expect(await signIn(owner)).toBe(`/applications/${id}`);
    // A page that asked for sign-in still comes first.
    const asked = await new Visitor(t.app).submit("/sign-in?returnTo=%2Fcharter", "/sign-in", {
      email: owner.email,
      password: owner.password,
      returnTo: "/charter",
    });
    expect(asked.headers.location).toBe("/charter");
  });

  it("records each sign-in in the audit log", async () => {
    const user = await createUser(t.prisma, { email: "audited@example.org" });
    await new Visitor(t.app).signIn(user.email, user.password);
    const events = await t.prisma.auditEvent.findMany({ where: { actorId: user.id, action: "user.sign-in" } });
    expect(events).toHaveLength(1);
  });

  it("limits sign-in attempts from one address, with a clear message", async () => {
    const user = await createUser(limited.prisma, { email: "limited@example.org" });
    const visitor = new Visitor(limited.app);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await visitor.submit("/sign-in", "/sign-in", { email: user.email, password: "wrong" });
      expect(response.status).toBe(400);
    }
    const blocked = await visitor.submit("/sign-in", "/sign-in", { email: user.email, password: user.password });
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain("too many attempts to sign in");
    expect(blocked.text).toContain('href="#email"');
    // The counter is in the database, where every instance of the portal sees it.
    const row = await limited.prisma.rateLimitHit.findFirst({ where: { key: { startsWith: "sign-in-ip:" } } });
    expect(row?.hits).toBeGreaterThanOrEqual(4);
  });
});
