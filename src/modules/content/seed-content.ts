// The programme's starting content, written for this portal from the programme's facts. The
// lead edits all of it in the portal; this only fills an empty database.
import { SEED_GUIDES } from "./seed-pages/guides.js";
import { PROGRAMME_PAGES } from "./seed-pages/programme.js";
import type { SeedPage } from "./seed-pages/seed-page.js";
import { SITE_PAGES } from "./seed-pages/site.js";

export type { SeedPage };

/** In the order the lead's list shows them: a page's place here becomes its sort order. */
export const SEED_PAGES: SeedPage[] = [...PROGRAMME_PAGES, ...SITE_PAGES, ...SEED_GUIDES];
