import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_GUIDES } from "../../src/modules/content/seed-pages/guides.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { readPdf } from "../helpers/pdf.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter((word) => /\w/.test(word)).length;

describe("the seeded guides", () => {
  it.each(SEED_GUIDES.map((guide) => [guide.title, guide] as const))(
    "%s is a page of several hundred words with its PDF to download",
    async (_title, guide) => {
      const page = await new Visitor(t.app).get(`/guides/${guide.slug}`);
      expect(page.status).toBe(200);
      const prose = /<div class="app-prose">([\s\S]*?)<\/div>/.exec(page.text)?.[1] ?? "";
      expect(words(prose)).toBeGreaterThan(400);

      const link = new RegExp(`<a class="govuk-link" href="(/guides/${guide.slug}/files/[^"]+)" download>([^<]+)</a>`);
      const [, href, linkText] = link.exec(page.text) ?? [];
      expect(href, "the page links its download").toBeDefined();
      expect(linkText).toBe(guide.title);
      expect(page.text).toMatch(new RegExp(`download>[^<]+</a> <span class="govuk-body-s">\\(PDF, \\d+ KB\\)`));

      const download = await new Visitor(t.app).get(href!);
      expect(download.status).toBe(200);
      expect(download.headers["content-type"]).toBe("application/pdf");
      expect(download.headers["content-disposition"]).toContain(`filename="${guide.slug}.pdf"`);
      const pdf = await readPdf(Buffer.from(download.body as Buffer));
      expect(pdf.title).toBe(guide.title);
      const text = pdf.pages.join(" ").replace(/\s+/g, " ");
      expect(text).toContain(guide.title);
      // The same content as the page: its first heading is in the PDF too.
      const firstHeading = /^## (.+)$/m.exec(guide.body)?.[1] ?? "";
      expect(text).toContain(firstHeading);
    },
  );

  it("lays the training slides out one section to a landscape page", async () => {
    const slides = SEED_GUIDES.find((guide) => guide.download?.layout === "slides")!;
    const page = await new Visitor(t.app).get(`/guides/${slides.slug}`);
    const href = new RegExp(`href="(/guides/${slides.slug}/files/[^"]+)"`).exec(page.text)?.[1] ?? "";
    const pdf = await readPdf(Buffer.from((await new Visitor(t.app).get(href)).body as Buffer));
    const sections = slides.body.match(/^## /gm)?.length ?? 0;
    // A title slide, then a slide for each section.
    expect(pdf.pages).toHaveLength(sections + 1);
    expect(pdf.pages[1]).toContain("About these slides");
  });
});
