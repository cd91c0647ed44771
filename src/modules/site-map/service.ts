import type { PublishedPage } from "../content/index.js";
import { SECTIONS, siteMapPages } from "./public-pages.js";
import { robotsTxt } from "./robots.js";
import { sitemapXml } from "./sitemap-xml.js";

export interface SiteMapDeps {
  /** The published pages and guides, from the content area. */
  publishedPages: () => Promise<PublishedPage[]>;
  /** The address people use to reach the portal; the sitemap's addresses are absolute. */
  baseUrl: string;
}

/** The site's maps: the sitemap for search engines, robots.txt, and the list of all pages. */
export function createSiteMapService(deps: SiteMapDeps) {
  const pages = async () => siteMapPages(await deps.publishedPages());
  return {
    pages,
    /** The pages section by section, for people; the list's own page is left out of itself. */
    async sections() {
      const all = (await pages()).filter((page) => page.path !== "/all-pages");
      return SECTIONS.map((section) => ({ ...section, pages: all.filter((page) => page.section === section.key) }));
    },
    sitemapXml: async () => sitemapXml(deps.baseUrl, await pages()),
    robotsTxt: () => robotsTxt(deps.baseUrl),
  };
}

export type SiteMapService = ReturnType<typeof createSiteMapService>;
