import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { parseRobots } from "../helpers/robots.js";
import { createGuide, signedIn } from "../publishing/helpers.js";

const BASE_URL = "https://socialvalue.example.org";
const SITEMAP_SCHEMA = readFileSync(new URL("../fixtures/sitemap.xsd", import.meta.url), "utf8");

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BASE_URL });
});
afterAll(async () => t?.close());

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

function sitemapUrls(xml: string): SitemapUrl[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = ""]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1]?.replace(/&amp;/g, "&") ?? "",
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(body)?.[1],
  }));
}

const pathOf = (loc: string) => {
  expect(loc.startsWith(`${BASE_URL}/`), loc).toBe(true);
  return loc.slice(BASE_URL.length);
};

describe("the register and the certificate check are linked where people look", () => {
  it.each([
    ["/", ['href="/register">See who holds the award<', 'href="/verify">Check an award certificate<']],
    ["/award", ['href="/register">register of Social Value Award holders<', 'href="/verify">check a certificate<']],
    ["/register", ['href="/verify">check its certificate code<']],
    ["/contact", ['class="govuk-footer__link" href="/register">Award holders<', 'href="/all-pages">All pages<']],
  ])("%s", async (path, links) => {
    const page = await new Visitor(t.app).get(path);
    expect(page.status).toBe(200);
    for (const link of links) expect(page.text).toContain(link);
  });
});

describe("/sitemap.xml", () => {
  it("is valid against the sitemaps.org schema, and every address it lists answers 200", async () => {
    const visitor = new Visitor(t.app);
    const response = await visitor.get("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/xml; charset=utf-8");
    const validation = await validateXML({
      xml: [{ fileName: "sitemap.xml", contents: response.text }],
      schema: [{ fileName: "sitemap.xsd", contents: SITEMAP_SCHEMA }],
    });
    expect(validation.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(validation.valid).toBe(true);

    const urls = sitemapUrls(response.text);
    expect(urls.length).toBeGreaterThan(15);
    for (const { loc } of urls) {
      const page = await new Visitor(t.app).get(pathOf(loc));
      expect(page.status, loc).toBe(200);
    }
  });

  it("the schema check itself fails on a sitemap that breaks it", async () => {
    const validation = await validateXML({
      xml: [
        {
          fileName: "sitemap.xml",
          contents:
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>\n',
        },
      ],
      schema: [{ fileName: "sitemap.xsd", contents: SITEMAP_SCHEMA }],
    });
    expect(validation.valid).toBe(false);
  });

  it("lists every published page and guide and the register, with the date of each page's latest version", async () => {
    const { visitor: lead } = await signedIn(t);
    const published = await createGuide(lead, { title: "Measuring what matters", body: "First text." });
    await lead.submit(`/admin/content/${published}`, `/admin/content/${published}/publish`, {});
    await createGuide(lead, { title: "A draft nobody reads", body: "Not yet." });
    const listed = sitemapUrls((await new Visitor(t.app).get("/sitemap.xml")).text);
    const locs = listed.map((url) => url.loc);
    const pages = await t.prisma.contentPage.findMany({ where: { published: true } });
    expect(pages.length).toBeGreaterThan(10);
    const addressOf = (page: (typeof pages)[number]) => {
      if (page.system) return page.slug === "home" ? "/" : `/${page.slug}`;
      return page.kind === "GUIDE" ? `/guides/${page.slug}` : `/pages/${page.slug}`;
    };
    for (const page of pages) expect(locs).toContain(`${BASE_URL}${addressOf(page)}`);
    for (const path of ["/register", "/register/about-the-data", "/verify", "/award/start", "/all-pages"]) {
      expect(locs).toContain(`${BASE_URL}${path}`);
    }
    expect(locs).toContain(`${BASE_URL}/guides/measuring-what-matters`);
    expect(locs).not.toContain(`${BASE_URL}/guides/a-draft-nobody-reads`);
    // Signed-in pages, files and search results are not for search engines.
    expect(locs.filter((loc) => /\/(admin|account|apply|sign-in|search)|\/files\//.test(loc))).toEqual([]);

    const lastmodOf = (urls: SitemapUrl[]) => urls.find((u) => u.loc.endsWith("/measuring-what-matters"))?.lastmod;
    // The guide was written and published on 2 March 2026 (set back from today for the test).
    const march = new Date("2026-03-02T09:30:15.250Z");
    await t.prisma.contentVersion.updateMany({ where: { pageId: published }, data: { createdAt: march } });
    await t.prisma.contentPage.update({ where: { id: published }, data: { contentUpdatedAt: march } });
    expect(lastmodOf(sitemapUrls((await new Visitor(t.app).get("/sitemap.xml")).text))).toBe("2026-03-02T09:30:15Z");

    const edited = await lead.submit(`/admin/content/${published}`, `/admin/content/${published}`, {
      action: "save",
      title: "Measuring what matters",
      slug: "measuring-what-matters",
      summary: "",
      category: "",
      body: "Second text.",
    });
    expect(edited.status).toBe(303);
    const latest = await t.prisma.contentVersion.findFirstOrThrow({
      where: { pageId: published },
      orderBy: { number: "desc" },
    });
    expect(latest.number).toBe(2);
    const after = lastmodOf(sitemapUrls((await new Visitor(t.app).get("/sitemap.xml")).text));
    expect(after).toBe(latest.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"));
    expect(after! > "2026-03-02T09:30:15Z").toBe(true);
  });
});

describe("/robots.txt", () => {
  it("points at the sitemap and keeps crawlers out of signed-in areas, the lead's pages and the files", async () => {
    const response = await new Visitor(t.app).get("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    const robots = parseRobots(response.text);
    expect(robots.sitemaps).toEqual([`${BASE_URL}/sitemap.xml`]);
    for (const path of [
      "/account",
      "/apply",
      "/applications/abc/themes/social",
      "/assessment",
      "/assessor/reviews/abc",
      "/organisations/abc",
      "/awards/abc/certificate",
      "/charter/sign",
      "/admin",
      "/admin/content",
      "/dev/outbox",
      "/guides/social-value-guide/files/abc",
      "/pages/about/files/abc",
      "/award/files/abc",
      "/evidence/abc",
      "/register.csv",
      "/register.json?theme=SOCIAL",
    ]) {
      expect(robots.allows(path), path).toBe(false);
    }
    const sitemap = sitemapUrls((await new Visitor(t.app).get("/sitemap.xml")).text);
    for (const { loc } of sitemap) expect(robots.allows(pathOf(loc)), loc).toBe(true);
  });
});

describe("All pages", () => {
  it("lists every public page for people, and is linked from the footer", async () => {
    const { visitor: lead } = await signedIn(t);
    const create = await lead.submit("/admin/content/new?kind=PAGE", "/admin/content/new", {
      kind: "PAGE",
      action: "save",
      title: "Social value in procurement",
      summary: "",
      category: "",
      slug: "",
      body: "How buyers weigh social value.",
    });
    const id = String(create.headers.location).split("/").pop() ?? "";
    await lead.submit(`/admin/content/${id}`, `/admin/content/${id}/publish`, {});

    const page = await new Visitor(t.app).get("/all-pages");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("public, max-age=300");
    expect(page.text).toContain('<h1 class="govuk-heading-l">All pages</h1>');
    for (const link of [
      'href="/">Social value in Cheshire and Merseyside<',
      'href="/pages/social-value-in-procurement">Social value in procurement<',
      'href="/register">Register of Social Value Award holders<',
      'href="/register/about-the-data">The register of award holders as open data<',
      'href="/verify">Check a Social Value Award certificate<',
      'href="/guides/recipe-for-a-good-life">Recipe for a Good Life<',
      'href="/accessibility">Accessibility statement<',
      'href="/sign-in">Sign in<',
    ]) {
      expect(page.text).toContain(link);
    }
    const headings = [...page.text.matchAll(/<h2 class="govuk-heading-m"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      "The programme",
      "The Social Value Award",
      "Guides and resources",
      "About this site",
      "Your account",
    ]);
  });
});
