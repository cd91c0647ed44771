import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation, signedIn, startApplication } from "../helpers/applications.js";
import { csrfTokenIn, Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let applicationId: string;
let outsider: Visitor;
beforeAll(async () => {
  t = await createTestApp();
  const { owner } = await createOrganisation(t.prisma, "Halton Helpers");
  const visitor = await signedIn(t.app, owner);
  applicationId = await startApplication(visitor);
  const other = await createOrganisation(t.prisma, "Sefton Sharers");
  outsider = await signedIn(t.app, other.owner);
});
afterAll(() => t.close());

const PAGES = [
  "",
  "/organisation",
  "/themes",
  "/themes/social",
  "/declaration",
  "/check-answers",
  "/status",
  "/withdraw",
];
const ACTIONS = ["/organisation", "/themes", "/themes/social", "/declaration", "/submit", "/withdraw", "/reapply"];

describe("another organisation's application", () => {
  it.each(PAGES)("answers 404 to a member of another organisation opening %s", async (page) => {
    const response = await outsider.get(`/applications/${applicationId}${page}`);
    expect(response.status).toBe(404);
  });

  it.each(ACTIONS)(
    "answers 404 to a member of another organisation posting to %s and changes nothing",
    async (action) => {
      const before = await t.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
      const token = csrfTokenIn((await outsider.get("/apply")).text);
      const response = await outsider.post(`/applications/${applicationId}${action}`, {
        _csrf: token,
        version: "0",
        action: "continue",
        orgName: "Taken over",
        chosenThemes: "SOCIAL",
        confirm: "yes",
      });
      expect(response.status).toBe(404);
      const after = await t.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
      expect(after).toEqual(before);
    },
  );

  it("answers 404 for an id that does not exist", async () => {
    expect((await outsider.get("/applications/no-such-id")).status).toBe(404);
  });
});

describe("roles", () => {
  it.each(["ASSESSOR", "PROGRAMME_LEAD"] as const)(
    "keeps the applicant pages for applicants (%s gets 403)",
    async (role) => {
      const user = await createUser(t.prisma, { role });
      const visitor = await signedIn(t.app, user);
      expect((await visitor.get(`/applications/${applicationId}`)).status).toBe(403);
    },
  );

  it("sends a signed-out visitor to sign in and back", async () => {
    const response = await new Visitor(t.app).get(`/applications/${applicationId}/themes`);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(
      `/sign-in?returnTo=${encodeURIComponent(`/applications/${applicationId}/themes`)}`,
    );
  });
});
