import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import { indexPage } from "../search/index.js";
import { SEED_PAGES } from "./seed-content.js";

/**
 * Fills an empty content table with the programme's pages and guides, published, in every
 * environment. Returns how many pages were added (0 when there was content already).
 */
export async function seedContent({ prisma, now }: { prisma: Db; now: Clock }): Promise<number> {
  if ((await prisma.contentPage.count()) > 0) return 0;
  try {
    return await fill(prisma, now());
  } catch (error) {
    // Another instance seeding at the same moment wins; its content is the same.
    if ((await prisma.contentPage.count()) > 0) return 0;
    throw error;
  }
}

async function fill(prisma: Db, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    // Counted again inside the transaction: two instances starting together seed once.
    if ((await tx.contentPage.count()) > 0) return 0;
    let order = 0;
    for (const seed of SEED_PAGES) {
      const page = await tx.contentPage.create({
        data: {
          kind: seed.kind,
          slug: seed.slug,
          title: seed.title,
          summary: seed.summary,
          category: seed.category ?? "",
          body: seed.body,
          system: seed.system ?? false,
          sortOrder: order++,
          published: true,
          firstPublishedAt: now,
          contentUpdatedAt: now,
        },
      });
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
  });
}
