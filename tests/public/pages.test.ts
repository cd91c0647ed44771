import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createUser } from "../helpers/factories.js";
import { Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("the public pages", () => {
  it.each([
    [
      "/",
      ["Social Value Accelerator Sites", 'href="/award"', 'href="/charter"', 'href="/guides"', 'href="/champions"'],
    ],
    [
      "/social-value",
      [
        "four parts",
        "Give every child the best start in life",
        "Pursue environmental sustainability and health equity together",
      ],
    ],
    ["/charter", ["1 July 2019", "principles", "How to sign", "Signatories"]],
    ["/champions", ["Social Value Champions", "Place"]],
    [
      "/award",
      [
        "Who can apply",
        "Social",
        "Economic",
        "Environment",
        "Innovation",
        "30%",
        "60% or more",
        "5 years",
        "Start your application",
      ],
    ],
    ["/award/start", ["Apply for the Social Value Award"]],
    [
      "/guides",
      [
        "Social Value Guide",
        "Supporting Social Innovation in your Local Area",
        "Recipe for a Good Life",
        "Social Value Award Guide",
        "Social Value Network training slides",
      ],
    ],
    ["/guides/recipe-for-a-good-life", ["Recipe for a Good Life", "Published", "Last updated"]],
    ["/contact", ["Shelley Brough", "shelley.brough@cheshireeast.gov.uk", "Cheshire East Council"]],
    ["/accessibility", ["Accessibility statement", "WCAG"]],
    ["/privacy", ["Privacy notice", "one month"]],
    ["/cookies", ["svp.sid", "strictly necessary"]],
  ])("%s shows its content to anyone, cacheably and without a cookie", async (path, texts) => {
    const response = await new Visitor(t.app).get(path);
    expect(response.status).toBe(200);
    for (const text of texts) expect(response.text).toContain(text);
    expect(response.headers["cache-control"]).toBe("public, max-age=300");
    expect(response.headers.etag).toBeTruthy();
    expect(response.headers["set-cookie"]).toBeUndefined();
  });

  it("answers 304 to a repeat request with the page's ETag", async () => {
    const visitor = new Visitor(t.app);
    const first = await visitor.get("/guides");
    const again = await visitor.raw("get", "/guides").set("If-None-Match", String(first.headers.etag));
    expect(again.status).toBe(304);
  });

  it("serves fingerprinted assets for a year", async () => {
    const home = await new Visitor(t.app).get("/");
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(home.text)?.[1] ?? "";
    const asset = await new Visitor(t.app).get(css);
    expect(asset.status).toBe(200);
    expect(asset.headers["cache-control"]).toContain("max-age=31536000");
    expect(asset.headers["cache-control"]).toContain("immutable");
  });

  it("filters the guides library by category", async () => {
    const response = await new Visitor(t.app).get("/guides?category=Training");
    expect(response.text).toContain("Social Value Network training slides");
    expect(response.text).not.toContain("Recipe for a Good Life");
  });

  it("lists only champions who consented, with contact details only where they agreed", async () => {
    await t.prisma.champion.createMany({
      data: [
        {
          name: "Amira Listed",
          role: "Head of Partnerships",
          organisationName: "Wirral Trust",
          place: "WIRRAL",
          email: "amira@example.org",
          phone: "0151 000 0000",
          listed: true,
          contactConsent: true,
        },
        {
          name: "Ben Private Contact",
          role: "Director",
          organisationName: "Halton Council",
          place: "HALTON",
          email: "ben@example.org",
          listed: true,
          contactConsent: false,
        },
        { name: "Cara Unlisted", place: "WIRRAL", email: "cara@example.org", listed: false, contactConsent: true },
      ],
    });
    const all = await new Visitor(t.app).get("/champions");
    expect(all.text).toContain("Amira Listed");
    expect(all.text).toContain("amira@example.org");
    expect(all.text).toContain("Ben Private Contact");
    expect(all.text).not.toContain("ben@example.org");
    expect(all.text).not.toContain("Cara Unlisted");
    const wirral = await new Visitor(t.app).get("/champions?place=WIRRAL");
    expect(wirral.text).toContain("Amira Listed");
    expect(wirral.text).not.toContain("Ben Private Contact");
  });

  it("filters charter signatories by sector and place", async () => {
    const make = (name: string, type: "NHS_PROVIDER" | "VCFSE", place: "LIVERPOOL" | "SEFTON") =>
      t.prisma.organisation.create({
        data: {
          name,
          type,
          places: { create: [{ place }] },
          charterSignatures: {
            create: {
              sponsorName: "S",
              sponsorRole: "R",
              pledge: "P",
              status: "APPROVED",
              signedAt: new Date("2024-03-05T12:00:00Z"),
            },
          },
        },
      });
    await make("Liverpool Health Trust", "NHS_PROVIDER", "LIVERPOOL");
    await make("Sefton Community Group", "VCFSE", "SEFTON");
    await t.prisma.organisation.create({
      data: {
        name: "Pending Org",
        type: "VCFSE",
        charterSignatures: { create: { sponsorName: "S", sponsorRole: "R", pledge: "P" } },
      },
    });
    const all = await new Visitor(t.app).get("/charter");
    expect(all.text).toContain("Liverpool Health Trust");
    expect(all.text).toContain("Sefton Community Group");
    expect(all.text).toContain("5 March 2024");
    expect(all.text).not.toContain("Pending Org");
    const nhs = await new Visitor(t.app).get("/charter?sector=NHS_PROVIDER");
    expect(nhs.text).toContain("Liverpool Health Trust");
    expect(nhs.text).not.toContain("Sefton Community Group");
    const sefton = await new Visitor(t.app).get("/charter?place=SEFTON");
    expect(sefton.text).not.toContain("Liverpool Health Trust");
    expect(sefton.text).toContain("Sefton Community Group");
  });

  it("hides unpublished guides from the public and shows them to the lead", async () => {
    const guide = await t.prisma.contentPage.create({
      data: { kind: "GUIDE", slug: "draft-guide", title: "Draft Guide Title", body: "Secret draft" },
    });
    expect((await new Visitor(t.app).get("/guides/draft-guide")).status).toBe(404);
    expect((await new Visitor(t.app).get("/guides")).text).not.toContain("Draft Guide Title");
    for (const role of ["APPLICANT", "ASSESSOR"] as const) {
      const user = await createUser(t.prisma, { role });
      const visitor = new Visitor(t.app);
      await visitor.signIn(user.email, user.password);
      expect((await visitor.get("/guides/draft-guide")).status).toBe(404);
    }
    const lead = await createUser(t.prisma, { role: "PROGRAMME_LEAD" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(lead.email, lead.password);
    const seen = await visitor.get("/guides/draft-guide");
    expect(seen.status).toBe(200);
    expect(seen.text).toContain("Not published");
    expect(seen.headers["cache-control"]).toBe("private, no-store");
    expect(guide.id).toBeTruthy();
  });

  it("shows the footer links and contact details the lead set", async () => {
    const lead = await createUser(t.prisma, { role: "PROGRAMME_LEAD" });
    try {
      await t.deps.settings.set(
        "footerLinks",
        [{ text: "Partnership website", href: "https://example.org/partners" }],
        lead.id,
      );
      await t.deps.settings.set(
        "contact",
        { name: "Jo Bloggs", role: "Programme Lead", organisation: "Halton Council", email: "jo@example.org" },
        lead.id,
      );
      const contact = await new Visitor(t.app).get("/contact");
      expect(contact.text).toContain("Jo Bloggs");
      expect(contact.text).toContain("mailto:jo@example.org");
      expect(contact.text).toContain('href="https://example.org/partners">Partnership website</a>');
    } finally {
      // A setting never saved reads as its default: the other pages' tests expect the defaults.
      await t.prisma.setting.deleteMany({ where: { key: { in: ["footerLinks", "contact"] } } });
    }
  });
});

describe("the way to apply", () => {
  it("offers staff no link they would be refused, and applicants the start of their application", async () => {
    for (const role of ["ASSESSOR", "PROGRAMME_LEAD"] as const) {
      const staff = await createUser(t.prisma, { role });
      const visitor = new Visitor(t.app);
      await visitor.signIn(staff.email, staff.password);
      const page = await visitor.get("/award/start");
      expect(page.text).not.toContain('href="/apply"');
      expect(page.text).toContain("you cannot apply from this account");
      expect((await visitor.get("/apply")).status).toBe(403);
    }
    const applicant = await createUser(t.prisma, { role: "APPLICANT" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(applicant.email, applicant.password);
    expect((await visitor.get("/award/start")).text).toContain(
      '<a class="govuk-link" href="/apply">Start your application</a>',
    );
  });
});
