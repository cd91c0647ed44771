import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import {
  createOrganisation,
  signedIn,
  startApplication,
  VALID_DECLARATION,
  VALID_ORG,
  VALID_THEME,
} from "../helpers/applications.js";
import { csrfTokenIn, type Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function save(visitor: Visitor, page: string, fields: Record<string, string | string[]>, action = "continue") {
  const form = await visitor.get(page);
  const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
  return visitor.post(page, { _csrf: csrfTokenIn(form.text), version, action, ...fields });
}

async function freshApplication() {
  const { owner } = await createOrganisation(t.prisma);
  const visitor = await signedIn(t.app, owner);
  const id = await startApplication(visitor);
  return { visitor, id, base: `/applications/${id}` };
}

describe("organisation details", () => {
  it("completes the section with valid answers and tidies the postcode", async () => {
    const { visitor, id, base } = await freshApplication();
    const response = await save(visitor, `${base}/organisation`, VALID_ORG);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`${base}?saved=section`);
    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.orgPostcode).toBe("L3 4BB");
    expect(row.orgPlaces).toBe("LIVERPOOL,SEFTON");
    expect(row.orgDetailsCompletedAt).not.toBeNull();
    const taskList = await visitor.get(base);
    expect(taskList.text).toMatch(/Organisation details[\s\S]*?Completed/);
  });

  it("shows each problem beside its field, keeps what was typed, and saves it as in progress", async () => {
    const { visitor, id, base } = await freshApplication();
    const response = await save(visitor, `${base}/organisation`, {
      ...VALID_ORG,
      orgName: "<script>alert(1)</script> Trust",
      orgPostcode: "NOT A POSTCODE",
      orgPlaces: [],
      orgRegistrationNumber: "12",
      orgWebsite: "mersey",
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain("<title>Error: Organisation details");
    expect(response.text).toContain('href="#orgPostcode"');
    expect(response.text).toContain("Enter a real postcode, like L1 8JQ");
    expect(response.text).toContain('href="#orgPlaces"');
    expect(response.text).toContain('id="orgPlaces"');
    expect(response.text).toContain("Enter a company number like 01234567");
    expect(response.text).toContain("Enter the website address in full");
    expect(response.text).toContain('value="NOT A POSTCODE"');
    expect(response.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Trust");
    expect(response.text).not.toContain("<script>alert(1)</script>");
    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.orgPostcode).toBe("NOT A POSTCODE");
    expect(row.orgDetailsCompletedAt).toBeNull();
    expect(row.orgDetailsStartedAt).not.toBeNull();
    expect((await visitor.get(base)).text).toMatch(/Organisation details[\s\S]*?In progress/);
  });

  it("saves a draft without complaint, even when answers are not valid yet", async () => {
    const { visitor, id, base } = await freshApplication();
    const response = await save(visitor, `${base}/organisation`, { ...VALID_ORG, orgName: "" }, "draft");
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`${base}?saved=draft`);
    expect((await visitor.get(`${base}?saved=draft`)).text).toContain("Your answers have been saved");
    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.orgName).toBe("");
    expect(row.orgTown).toBe("Liverpool");
  });
});

describe("themes", () => {
  it("needs at least one theme and adds a section for each theme chosen", async () => {
    const { visitor, base } = await freshApplication();
    const none = await save(visitor, `${base}/themes`, {});
    expect(none.status).toBe(400);
    expect(none.text).toContain("Select at least one theme");
    expect(none.text).toContain('href="#chosenThemes"');
    const two = await save(visitor, `${base}/themes`, { chosenThemes: ["SOCIAL", "INNOVATION"] });
    expect(two.status).toBe(303);
    const taskList = await visitor.get(base);
    expect(taskList.text).toContain("Social theme");
    expect(taskList.text).toContain("Innovation theme");
    expect(taskList.text).not.toContain("Economic theme");
  });

  it("keeps a theme's answers when it is taken off and chosen again", async () => {
    const { visitor, base } = await freshApplication();
    await save(visitor, `${base}/themes`, { chosenThemes: ["SOCIAL", "ECONOMIC"] });
    await save(visitor, `${base}/themes/economic`, VALID_THEME);
    await save(visitor, `${base}/themes`, { chosenThemes: ["SOCIAL"] });
    expect((await visitor.get(`${base}/themes/economic`)).status).toBe(404);
    await save(visitor, `${base}/themes`, { chosenThemes: ["SOCIAL", "ECONOMIC"] });
    const page = await visitor.get(`${base}/themes/economic`);
    expect(page.text).toContain("Forty young people finished a paid apprenticeship");
  });

  it("uses the minimum number of themes the lead has set", async () => {
    const { visitor, base } = await freshApplication();
    const lead = await t.prisma.user.create({
      data: { email: "lead-min@example.org", fullName: "Lead", role: "PROGRAMME_LEAD", passwordHash: "x" },
    });
    await t.deps.settings.set("award", { ...(await t.deps.settings.get("award")), minimumThemes: 2 }, lead.id);
    const one = await save(visitor, `${base}/themes`, { chosenThemes: ["SOCIAL"] });
    expect(one.status).toBe(400);
    expect(one.text).toContain("Select at least 2 themes");
    await t.deps.settings.set("award", { ...(await t.deps.settings.get("award")), minimumThemes: 1 }, lead.id);
  });
});

describe("a theme section", () => {
  async function withTheme() {
    const context = await freshApplication();
    await save(context.visitor, `${context.base}/themes`, { chosenThemes: ["SOCIAL"] });
    return { ...context, page: `${context.base}/themes/social` };
  }

  it("completes with valid answers", async () => {
    const { visitor, id, page } = await withTheme();
    const response = await save(visitor, page, { ...VALID_THEME, stakeholderCount: "1,250" });
    expect(response.status).toBe(303);
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id, theme: "SOCIAL" } });
    expect(theme.completedAt).not.toBeNull();
    expect(theme.places).toBe("LIVERPOOL,KNOWSLEY");
  });

  it("enforces the word limits on the server, whatever the browser sends", async () => {
    const { visitor, id, page } = await withTheme();
    const response = await save(visitor, page, {
      ...VALID_THEME,
      whatChanged: "word ".repeat(501),
      difference: "word ".repeat(301),
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain("What changed for stakeholders must be 500 words or fewer");
    expect(response.text).toContain("The difference it makes must be 300 words or fewer");
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(theme.whatChanged.split(" ")).toHaveLength(501);
    expect(theme.completedAt).toBeNull();
  });

  it.each([
    [{ stakeholderCount: "about forty" }, "stakeholderCount", "Number of stakeholders must be a whole number"],
    [{ stakeholderCount: "12.5" }, "stakeholderCount", "Number of stakeholders must be a whole number"],
    [{ stakeholderCount: "0" }, "stakeholderCount", "Number of stakeholders must be 1 or more"],
    [{ places: [] }, "places", "Select at least one place where people benefited"],
    [{ places: ["ATLANTIS"] }, "places", ""],
    [{ startMonth: "13" }, "startMonth", "Start date must be a real date"],
    [{ startYear: "24" }, "startYear", "Start date year must be 4 numbers"],
    [{ endMonth: "1", endYear: "2023" }, "endMonth", "End date must be the same as or after the start date"],
    [{ whatChanged: "   " }, "whatChanged", "Describe what changed for stakeholders"],
    [{ marmotPrinciples: ["NOT_A_PRINCIPLE"] }, "marmotPrinciples", ""],
  ])("refuses %o with a message beside the field", async (change, field, message) => {
    const { visitor, page } = await withTheme();
    const response = await save(visitor, page, { ...VALID_THEME, ...change });
    expect(response.status).toBe(400);
    expect(response.text).toContain(`href="#${field}`);
    if (message) expect(response.text).toContain(message);
  });

  it("keeps text pasted from a word processor readable", async () => {
    const { visitor, id, page } = await withTheme();
    const pasted =
      "\u201cIt changed everything\u201d \u2013 a parent.\r\n\u2022 Forty\u00a0families\u200b helped\r\n\u2022 Twelve schools";
    await save(visitor, page, { ...VALID_THEME, whatChanged: pasted });
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(theme.whatChanged).toBe(
      "\u201cIt changed everything\u201d \u2013 a parent.\n\u2022 Forty families helped\n\u2022 Twelve schools",
    );
    const form = await visitor.get(page);
    expect(form.text).toContain("\u201cIt changed everything\u201d \u2013 a parent.\n\u2022 Forty families helped");
  });

  it("answers 404 for a theme that was not chosen or does not exist", async () => {
    const { visitor, base } = await withTheme();
    expect((await visitor.get(`${base}/themes/economic`)).status).toBe(404);
    expect((await visitor.get(`${base}/themes/astrology`)).status).toBe(404);
  });
});

describe("the declaration", () => {
  it("needs a name, a role and the confirmation", async () => {
    const { visitor, base } = await freshApplication();
    const response = await save(visitor, `${base}/declaration`, { declarationName: "", declarationRole: "" });
    expect(response.status).toBe(400);
    expect(response.text).toContain("Enter your full name");
    expect(response.text).toContain("Enter your job title or role");
    expect(response.text).toContain("Confirm that the declaration is true");
    expect(response.text).toContain('href="#declarationConfirmed"');
    const ok = await save(visitor, `${base}/declaration`, VALID_DECLARATION);
    expect(ok.status).toBe(303);
  });
});
