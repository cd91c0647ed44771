import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation, ELIGIBLE, signedIn, startApplication } from "../helpers/applications.js";
import { csrfTokenIn, Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the eligibility check", () => {
  it("asks the three questions and explains every missing answer", async () => {
    const { owner } = await createOrganisation(t.prisma);
    const visitor = await signedIn(t.app, owner);
    const page = await visitor.get("/apply");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Check your organisation can apply");
    const response = await visitor.submit("/apply", "/apply", {});
    expect(response.status).toBe(400);
    expect(response.text).toContain("There is a problem");
    expect(response.text).toContain('href="#organisationType"');
    expect(response.text).toContain('href="#worksInPlaces"');
    expect(response.text).toContain('href="#authorised"');
    expect(response.text).toContain('id="organisationType"');
    expect(response.text).toContain("Select the type of organisation you are applying for");
  });

  it("fills in what the organisation's profile already says, leaving the rest to the person", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma, "Prefilled Trust");
    const visitor = await signedIn(t.app, owner);
    const page = await visitor.get("/apply");
    expect(page.text).toContain("We have filled in what your organisation");
    expect(page.text).toMatch(new RegExp(`name="organisationType" type="radio" value="${organisation.type}" checked`));
    expect(page.text).toMatch(/name="worksInPlaces" type="radio" value="yes" checked/);
    expect(page.text).not.toMatch(/name="authorised" type="radio" value="yes" checked/);
  });

  it.each([
    [{ ...ELIGIBLE, organisationType: "NONE" }, "The award is open to NHS bodies"],
    [{ ...ELIGIBLE, worksInPlaces: "no" }, "must work in at least one of its nine places"],
    [{ ...ELIGIBLE, authorised: "no" }, "Ask that person to apply"],
  ])(
    "explains why an ineligible answer stops the application and what to do instead (%o)",
    async (answers, explanation) => {
      const { owner } = await createOrganisation(t.prisma);
      const visitor = await signedIn(t.app, owner);
      const response = await visitor.submit("/apply", "/apply", answers);
      expect(response.status).toBe(200);
      expect(response.text).toContain("Your organisation cannot apply yet");
      expect(response.text).toContain(explanation);
      expect(await t.prisma.application.count({ where: { createdById: owner.id } })).toBe(0);
    },
  );

  it("starts an application with the organisation's details filled in, and keeps one live application", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma, "Wirral Food Hub");
    const visitor = await signedIn(t.app, owner);
    const id = await startApplication(visitor);
    const application = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(application.orgName).toBe("Wirral Food Hub");
    expect(application.orgPlaces).toBe("LIVERPOOL");
    expect(application.status).toBe("DRAFT");
    const taskList = await visitor.get(`/applications/${id}`);
    expect(taskList.text).toContain("Apply for the Social Value Award");
    expect(taskList.text).toContain("Not started");

    // Starting again goes back to the live application rather than making a second.
    const again = await visitor.get("/apply");
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(`/applications/${id}`);
    expect(await t.prisma.application.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  it("makes one application when two members start at the same moment", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma);
    const first = await signedIn(t.app, owner);
    const second = await signedIn(t.app, owner);
    const [a, b] = await Promise.all([first.get("/apply"), second.get("/apply")]);
    await Promise.all([
      first.post("/apply", { _csrf: csrfTokenIn(a.text), ...ELIGIBLE }),
      second.post("/apply", { _csrf: csrfTokenIn(b.text), ...ELIGIBLE }),
    ]);
    expect(await t.prisma.application.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  it("is for organisation members only", async () => {
    const assessor = await createUser(t.prisma, { role: "ASSESSOR" });
    const visitor = await signedIn(t.app, assessor);
    expect((await visitor.get("/apply")).status).toBe(403);
    const signedOut = await new Visitor(t.app).get("/apply");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toBe("/sign-in?returnTo=%2Fapply");
  });
});
