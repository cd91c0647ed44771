import type { Clock } from "../../platform/clock.js";
import type { Database, Tx } from "../../platform/db/index.js";
import { withMigrationLock } from "../../platform/db/migration-lock.js";
import { indexPage } from "../search/index.js";
import { SEED_PAGES, type SeedPage } from "./seed-content.js";

/** What seeding the programme's content runs on. */
export interface ContentSeedDeps {
  db: Pick<Database, "provider" | "prisma">;
  now: Clock;
}

/**
 * Fills an empty content table with the programme's pages and guides, published, in every
 * environment. Returns how many pages were added (0 when there was content already).
 *
 * Safe when two instances start together: the pages are written in one transaction under the
 * migrations' lock, which counts the pages again once it holds it, so the second instance finds
 * them there and writes nothing.
 */
export async function seedContent(deps: ContentSeedDeps): Promise<number> {
  if ((await deps.db.prisma.contentPage.count()) > 0) return 0;
  return withMigrationLock(deps.db, (tx) => fill(tx, deps.now()));
}

async function fill(tx: Tx, now: Date): Promise<number> {
  // Counted again under the lock: the first of two instances starting together seeds.
  if ((await tx.contentPage.count()) > 0) return 0;
  for (const [order, seed] of SEED_PAGES.entries()) {
    const page = await tx.contentPage.create({ data: pageData(seed, order, now) });
    await tx.contentVersion.create({
      data: {
        pageId: page.id,
        number: 1,
        title: page.title,
        summary: page.summary,
        category: page.category,
        body: page.body,
      },
    });
    await indexPage(tx, page);
  }
  return SEED_PAGES.length;
}

function pageData(seed: SeedPage, order: number, now: Date) {
  return {
    kind: seed.kind,
    slug: seed.slug,
    title: seed.title,
    summary: seed.summary,
    category: seed.category ?? "",
    body: seed.body,
    system: seed.system ?? false,
    sortOrder: order,
    published: true,
    firstPublishedAt: now,
    contentUpdatedAt: now,
  };
}
