import type { SiteMapPage } from "./public-pages.js";

// The sitemaps.org protocol 0.9: one <url> for each page, its address absolute, with the date
// its content last changed where that is known.

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** A W3C datetime to the second, in UTC: 2026-12-03T14:05:09Z. */
const w3cDateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export function sitemapXml(baseUrl: string, pages: readonly SiteMapPage[]): string {
  const urls = pages
    .filter((page) => page.inSitemap)
    .map((page) => {
      const lastmod = page.lastModified ? `<lastmod>${w3cDateTime(page.lastModified)}</lastmod>` : "";
      return `  <url><loc>${escapeXml(baseUrl + page.path)}</loc>${lastmod}</url>\n`;
    });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    urls.join("") +
    "</urlset>\n"
  );
}
