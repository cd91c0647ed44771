/** The fixed addresses of the system pages, by slug. */
export const SYSTEM_PATHS: Record<string, string> = {
  home: "/",
  "social-value": "/social-value",
  award: "/award",
  charter: "/charter",
  champions: "/champions",
  guides: "/guides",
  contact: "/contact",
  accessibility: "/accessibility",
  privacy: "/privacy",
  cookies: "/cookies",
};

/** Where the public reads a page. */
export function publicPathOf(page: { kind: string; slug: string; system: boolean }): string {
  if (page.system) return SYSTEM_PATHS[page.slug] ?? `/pages/${page.slug}`;
  return page.kind === "GUIDE" ? `/guides/${page.slug}` : `/pages/${page.slug}`;
}
