import type { PublishedPage } from "../content/index.js";

// The site's public pages for its maps: the published pages and guides the lead writes, and the
// pages of the award that are not written in the editor.

export type SectionKey = "programme" | "award" | "guides" | "site" | "account";

export const SECTIONS: readonly { key: SectionKey; heading: string }[] = [
  { key: "programme", heading: "The programme" },
  { key: "award", heading: "The Social Value Award" },
  { key: "guides", heading: "Guides and resources" },
  { key: "site", heading: "About this site" },
  { key: "account", heading: "Your account" },
];

export interface SiteMapPage {
  path: string;
  title: string;
  section: SectionKey;
  /** Listed in /sitemap.xml for search engines; pages that only start a journey are not. */
  inSitemap: boolean;
  lastModified?: Date;
}

/** Pages outside the editor, in the order they are listed within their section. */
const FIXED_PAGES: readonly SiteMapPage[] = [
  { path: "/award/start", title: "Start your application", section: "award", inSitemap: true },
  { path: "/register", title: "Register of Social Value Award holders", section: "award", inSitemap: true },
  {
    path: "/register/about-the-data",
    title: "The register of award holders as open data",
    section: "award",
    inSitemap: true,
  },
  { path: "/verify", title: "Check a Social Value Award certificate", section: "award", inSitemap: true },
  { path: "/search", title: "Search", section: "site", inSitemap: false },
  { path: "/all-pages", title: "All pages", section: "site", inSitemap: true },
  { path: "/sign-in", title: "Sign in", section: "account", inSitemap: false },
  { path: "/sign-up", title: "Create an account for your organisation", section: "account", inSitemap: false },
];

/** Where a system page sits; the lead's other pages join the programme's, and guides their own. */
const SYSTEM_SECTIONS: Record<string, SectionKey> = {
  award: "award",
  guides: "guides",
  accessibility: "site",
  privacy: "site",
  cookies: "site",
};

function sectionOf(page: PublishedPage): SectionKey {
  if (page.kind === "GUIDE") return "guides";
  return (page.system ? SYSTEM_SECTIONS[page.slug] : undefined) ?? "programme";
}

/** Every public page: the home page first, then section by section. */
export function siteMapPages(published: readonly PublishedPage[]): SiteMapPage[] {
  // Within a section a system page (the guides' front page, say) comes before the pages under
  // it, and otherwise the lead's order stands (the sort is stable).
  const written = [...published]
    .sort((a, b) => Number(b.system) - Number(a.system))
    .map((page) => ({
      path: page.path,
      title: page.title,
      section: sectionOf(page),
      inSitemap: true,
      lastModified: page.lastModified,
    }));
  const home = written.filter((page) => page.path === "/");
  const rest = SECTIONS.flatMap(({ key }) => [
    ...written.filter((page) => page.section === key && page.path !== "/"),
    ...FIXED_PAGES.filter((page) => page.section === key),
  ]);
  return [...home, ...rest];
}
