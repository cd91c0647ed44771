import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/platform/db/index.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation, signedIn, startApplication } from "../helpers/applications.js";
import { submittedApplication } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

/** The app on a database of its own, with a programme lead signed in. */
async function appWithLead(): Promise<{ app: TestApp; lead: Visitor }> {
  const app = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  const user = await createUser(app.prisma, { email: "lead.orgs@example.org", role: "PROGRAMME_LEAD" });
  const lead = new Visitor(app.app);
  await lead.signIn(user.email, user.password);
  return { app, lead };
}

let t: TestApp;
let lead: Visitor;
beforeAll(async () => {
  ({ app: t, lead } = await appWithLead());
});
afterAll(async () => {
  await t?.close();
});

type OrgType = "VCFSE" | "EMERGENCY_SERVICE" | "BUSINESS" | "LOCAL_AUTHORITY" | "EDUCATION";
type PlaceCode = "LIVERPOOL" | "SEFTON" | "WIRRAL" | "HALTON" | "WARRINGTON";

async function organisation(prisma: Db, name: string, type: OrgType, places: PlaceCode[]) {
  return prisma.organisation.create({
    data: { name, type, town: "Liverpool", places: { create: places.map((place) => ({ place })) } },
  });
}

function namesIn(html: string): string[] {
  const table = /<table class="govuk-table" id="organisations">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
  return [...table.matchAll(/href="\/admin\/organisations\/[^"]+">([^<]+)<\/a>/g)].map((m) =>
    m[1]!.replace(/&#39;/g, "'"),
  );
}

const totalIn = (html: string) =>
  /<p class="govuk-body" id="organisations-total">\s*([\s\S]*?)\s*<\/p>/.exec(html)?.[1]?.replace(/\s+/g, " ");

describe("searching for organisations", () => {
  // Some of these lists have no search, only filters, and are checked whole, so they are drawn
  // from a database of their own holding only the organisations below: those the other tests add
  // (in Halton, or a school) would otherwise show in them by the order the tests run in.
  let searched: TestApp;
  let searcher: Visitor;
  beforeAll(async () => {
    ({ app: searched, lead: searcher } = await appWithLead());
    await organisation(searched.prisma, "Searchable Mersey Larder", "VCFSE", ["LIVERPOOL", "SEFTON"]);
    await organisation(searched.prisma, "SEARCHABLE MERSEY Fire Service", "EMERGENCY_SERVICE", ["WIRRAL"]);
    await organisation(searched.prisma, "Searchable Wirral Wellbeing", "VCFSE", ["WIRRAL"]);
    await organisation(searched.prisma, "Searchable Åsa's Café Ltd", "BUSINESS", ["HALTON"]);
    await organisation(searched.prisma, "Searchable Halton Council", "LOCAL_AUTHORITY", ["HALTON"]);
  });
  afterAll(async () => {
    await searched?.close();
  });

  it("finds organisations by part of their name, whatever the case", async () => {
    const found = await searcher.get("/admin/organisations?q=mersey");
    expect(found.status).toBe(200);
    expect(found.headers["cache-control"]).toBe("no-store");
    expect(namesIn(found.text)).toEqual(["SEARCHABLE MERSEY Fire Service", "Searchable Mersey Larder"]);
    expect(totalIn(found.text)).toBe("2 organisations match.");
    expect(namesIn((await searcher.get("/admin/organisations?q=MeRsEy")).text)).toEqual(namesIn(found.text));
    expect(namesIn((await searcher.get(`/admin/organisations?q=${encodeURIComponent("ÅSA'S CAFÉ")}`)).text)).toEqual([
      "Searchable Åsa's Café Ltd",
    ]);
    expect(namesIn((await searcher.get(`/admin/organisations?q=${encodeURIComponent("åsa")}`)).text)).toEqual([
      "Searchable Åsa's Café Ltd",
    ]);
  });

  it("shows each organisation's type, places and number of members", async () => {
    const found = await searcher.get("/admin/organisations?q=searchable%20mersey%20larder");
    expect(found.text).toContain("Voluntary, community, faith or social enterprise (VCFSE) organisation");
    expect(found.text).toContain("Liverpool, Sefton");
  });

  it("filters by type and by place, alone and with a search", async () => {
    const vcfse = namesIn((await searcher.get("/admin/organisations?q=searchable&type=VCFSE")).text);
    expect(vcfse).toEqual(["Searchable Mersey Larder", "Searchable Wirral Wellbeing"]);
    const wirral = namesIn((await searcher.get("/admin/organisations?q=searchable&place=WIRRAL")).text);
    expect(wirral).toEqual(["SEARCHABLE MERSEY Fire Service", "Searchable Wirral Wellbeing"]);
    const both = await searcher.get("/admin/organisations?q=searchable&type=VCFSE&place=WIRRAL");
    expect(namesIn(both.text)).toEqual(["Searchable Wirral Wellbeing"]);
    expect(both.text).toMatch(/<option value="VCFSE" selected>/);
    expect(both.text).toMatch(/<option value="WIRRAL" selected>/);

    // Sorted here: databases order "Å" differently.
    const halton = namesIn((await searcher.get("/admin/organisations?place=HALTON")).text).sort();
    expect(halton).toEqual(["Searchable Halton Council", "Searchable Åsa's Café Ltd"]);
    const councils = namesIn((await searcher.get("/admin/organisations?type=LOCAL_AUTHORITY")).text);
    expect(councils).toEqual(["Searchable Halton Council"]);
    const none = await searcher.get("/admin/organisations?type=EDUCATION&place=HALTON");
    expect(totalIn(none.text)).toBe("0 organisations match.");
    expect(none.text).toContain("No organisations match");
  });

  it("reads a filter value it does not know as any, and refuses a search too long to run", async () => {
    const unknown = await searcher.get("/admin/organisations?type=SPACESHIP&place=ATLANTIS");
    expect(unknown.status).toBe(200);
    expect(totalIn(unknown.text)).toMatch(/^Every organisation: \d+\.$/);
    const tooLong = await searcher.get(`/admin/organisations?q=${"x".repeat(101)}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('href="#q"');
    expect(tooLong.text).toContain("Search must be 100 characters or fewer");
  });
});

describe("pages of organisations", () => {
  beforeAll(async () => {
    for (let n = 1; n <= 52; n++) {
      await organisation(t.prisma, `Paged School ${String(n).padStart(2, "0")}`, "EDUCATION", ["WARRINGTON"]);
    }
    await organisation(t.prisma, "Paged School Supplies Ltd", "BUSINESS", ["WARRINGTON"]);
    await organisation(t.prisma, "Paged School of Halton", "EDUCATION", ["HALTON"]);
  });

  it("keeps the search and filters on every page", async () => {
    const first = await lead.get("/admin/organisations?q=paged%20school&type=EDUCATION&place=WARRINGTON");
    expect(totalIn(first.text)).toBe("52 organisations match, page 1 of 2.");
    expect(namesIn(first.text)).toHaveLength(50);
    expect(first.text).toContain(
      'href="/admin/organisations?q=paged+school&amp;type=EDUCATION&amp;place=WARRINGTON&amp;page=2"',
    );
    const second = await lead.get("/admin/organisations?q=paged+school&type=EDUCATION&place=WARRINGTON&page=2");
    expect(namesIn(second.text)).toEqual(["Paged School 51", "Paged School 52"]);
    expect(second.text).toContain('value="paged school"');
  });
});

describe("an organisation's page", () => {
  it("shows its details, members, applications with their statuses, and awards", async () => {
    const { id: applicationId, organisation: org, owner } = await submittedApplication(t, { name: "Detail Org Trust" });
    const member = await addMember(t.prisma, org.id, "Mo Member");
    const awardedId = await pastAward(t.prisma, org.id, owner.id);

    const page = await lead.get(`/admin/organisations/${org.id}`);
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.text).toContain('<h1 class="govuk-heading-l">Detail Org Trust</h1>');
    expect(page.text).toContain("2 Dock Road<br>Liverpool<br>L3 4BB");
    expect(page.text).toContain("10 to 49 staff and volunteers");

    const members = /<table class="govuk-table" id="members">([\s\S]*?)<\/table>/.exec(page.text)?.[1] ?? "";
    expect(members).toContain(`href="/admin/users/${owner.id}">Owen Owner</a>`);
    expect(members).toContain("Owner</strong>");
    expect(members).toContain(`href="/admin/users/${member.id}">Mo Member</a>`);

    const applications = /<table class="govuk-table" id="applications">([\s\S]*?)<\/table>/.exec(page.text)?.[1] ?? "";
    const submitted = await t.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(applications).toContain(`href="/admin/applications/${applicationId}">${submitted.reference}</a>`);
    expect(applications).toContain(`href="/admin/applications/${awardedId}">SVA-2025-0001</a>`);
    expect(applications).toContain("Submitted");
    expect(applications).toContain("Awarded");

    const awards = /<table class="govuk-table" id="awards">([\s\S]*?)<\/table>/.exec(page.text)?.[1] ?? "";
    expect(awards).toContain("SVA-2025-0001");
    expect(awards).toContain("Social, Environment");
    expect(awards).toContain("Current");
    expect(page.text).toContain(`href="/admin/organisations/${org.id}/subject-access"`);
    expect(page.text).toContain(`href="/admin/organisations/${org.id}/erase"`);

    // The user's page links back to the organisation.
    const userPage = await lead.get(`/admin/users/${member.id}`);
    expect(userPage.text).toContain(`href="/admin/organisations/${org.id}">Detail Org Trust</a>`);
  });

  it("shows a draft application without a link, as the lead has no page for it yet", async () => {
    const { organisation: org, owner } = await createOrganisation(t.prisma, "Drafting Org");
    await startApplication(await signedIn(t.app, owner));
    const page = await lead.get(`/admin/organisations/${org.id}`);
    const applications = /<table class="govuk-table" id="applications">([\s\S]*?)<\/table>/.exec(page.text)?.[1] ?? "";
    expect(applications).toContain("Not submitted yet");
    expect(applications).toContain("Draft");
    expect(applications).not.toContain("/admin/applications/");
    expect(page.text).toContain("The organisation holds no award.");
  });

  it("answers 404 for an organisation that does not exist", async () => {
    expect((await lead.get("/admin/organisations/no-such-organisation")).status).toBe(404);
    expect((await lead.get(`/admin/organisations/${"x".repeat(200)}`)).status).toBe(404);
  });
});

describe("who may see organisations", () => {
  it("is the programme lead only", async () => {
    const { owner, organisation: org } = await createOrganisation(t.prisma, "Private Org");
    const applicant = await signedIn(t.app, owner);
    expect((await applicant.get("/admin/organisations")).status).toBe(403);
    expect((await applicant.get(`/admin/organisations/${org.id}`)).status).toBe(403);
    const assessor = await createUser(t.prisma, { role: "ASSESSOR", email: "assessor.orgs@example.org" });
    const assessorVisitor = await signedIn(t.app, assessor);
    expect((await assessorVisitor.get("/admin/organisations?q=private")).status).toBe(403);
    const signedOut = await new Visitor(t.app).get(`/admin/organisations/${org.id}`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toContain("/sign-in?returnTo=");
  });
});

/** An earlier application of the organisation, awarded a year ago. */
async function pastAward(prisma: Db, organisationId: string, ownerId: string): Promise<string> {
  const decidedAt = new Date(Date.now() - 365 * 24 * 3600 * 1000);
  const application = await prisma.application.create({
    data: {
      organisationId,
      reference: "SVA-2025-0001",
      status: "AWARDED",
      orgName: "Detail Org Trust",
      chosenThemes: "SOCIAL,ENVIRONMENT",
      createdById: ownerId,
      submittedAt: decidedAt,
      createdAt: decidedAt,
    },
  });
  const decision = await prisma.decision.create({
    data: {
      applicationId: application.id,
      outcome: "AWARDED",
      recognisedThemes: "SOCIAL,ENVIRONMENT",
      feedback: "Strong work.",
      decidedAt,
    },
  });
  await prisma.award.create({
    data: {
      applicationId: application.id,
      organisationId,
      decisionId: decision.id,
      organisationName: "Detail Org Trust",
      themes: "SOCIAL,ENVIRONMENT",
      awardedAt: decidedAt,
      expiresAt: new Date(decidedAt.getTime() + 5 * 365 * 24 * 3600 * 1000),
      certificateCode: "TESTCODE2025",
    },
  });
  return application.id;
}
