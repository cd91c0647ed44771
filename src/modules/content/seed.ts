import { Readable } from "node:stream";
import type { Clock } from "../../platform/clock.js";
import type { Database, Tx } from "../../platform/db/index.js";
import { withMigrationLock } from "../../platform/db/migration-lock.js";
import type { Random } from "../../platform/random.js";
import { newStorageKey, type FileStorage } from "../../platform/storage.js";
import { indexPage } from "../search/index.js";
import { guidePdf } from "./guide-pdf.js";
import { SEED_PAGES, type SeedPage } from "./seed-content.js";

/** What seeding the programme's content runs on. */
export interface ContentSeedDeps {
  db: Pick<Database, "provider" | "prisma">;
  storage: FileStorage;
  now: Clock;
  random: Random;
}

/** A guide's PDF, made and stored before the transaction that records it. */
interface StoredDownload {
  slug: string;
  title: string;
  fileName: string;
  size: number;
  storageKey: string;
}

/**
 * Fills an empty content table with the programme's pages and guides, published, in every
 * environment, each guide with its PDF to download. Returns how many pages were added (0 when
 * there was content already).
 *
 * Safe when two instances start together: the pages are written in one transaction under the
 * migrations' lock, which counts the pages again once it holds it. The instance that finds them
 * there writes nothing and removes the PDFs it had stored.
 */
export async function seedContent(deps: ContentSeedDeps): Promise<number> {
  if ((await deps.db.prisma.contentPage.count()) > 0) return 0;
  const downloads = await storeDownloads(deps);
  let added = 0;
  try {
    added = await withMigrationLock(deps.db, (tx) => fill(tx, deps.now(), downloads));
  } finally {
    if (added === 0) for (const download of downloads) await deps.storage.delete(download.storageKey);
  }
  return added;
}

/** Each guide's PDF, made from its page's content and kept in the storage. */
async function storeDownloads({ storage, random }: ContentSeedDeps): Promise<StoredDownload[]> {
  const stored: StoredDownload[] = [];
  try {
    for (const page of SEED_PAGES) {
      if (!page.download) continue;
      const bytes = await guidePdf({ ...page, layout: page.download.layout });
      const storageKey = newStorageKey(random, "attachments");
      const { size } = await storage.put(storageKey, Readable.from(bytes));
      stored.push({ slug: page.slug, title: page.download.title, fileName: page.download.fileName, size, storageKey });
    }
  } catch (error) {
    for (const download of stored) await storage.delete(download.storageKey);
    throw error;
  }
  return stored;
}

async function fill(tx: Tx, now: Date, downloads: StoredDownload[]): Promise<number> {
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
    const download = downloads.find((d) => d.slug === seed.slug);
    if (download) {
      const { title, fileName, size, storageKey } = download;
      await tx.attachment.create({
        data: { pageId: page.id, title, fileName, contentType: "application/pdf", extension: "pdf", size, storageKey },
      });
    }
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
