// What crawlers may read (RFC 9309): the public pages, not the signed-in areas, the lead's pages
// or the files to download, which are reached from the pages that describe them.

/** Path prefixes crawlers are asked to keep out of; `*` matches any characters. */
export const DISALLOWED_PATHS = [
  // Signed-in areas.
  "/account",
  "/apply",
  "/applications",
  "/assessment",
  "/assessor",
  "/awards/",
  "/charter/sign",
  "/organisations",
  // The programme lead's pages, and the development outbox.
  "/admin",
  "/dev/",
  // Files to download.
  "/*/files/",
  "/evidence/",
  "/register.csv",
  "/register.json",
] as const;

export function robotsTxt(baseUrl: string): string {
  return [
    "# The public pages of the Cheshire and Merseyside Social Value portal may be crawled.",
    "User-agent: *",
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${baseUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
