import { indexPage } from "../search/index.js";
import type { ContentDeps, Tx } from "./deps.js";

async function nextVersion(tx: Pick<Tx, "contentVersion">, pageId: string): Promise<number> {
  const last = await tx.contentVersion.findFirst({ where: { pageId }, orderBy: { number: "desc" } });
  return (last?.number ?? 0) + 1;
}

/** Writes the page's new text, keeps it as the next version, and re-indexes a published page. */
export async function saveAsNewVersion(
  deps: Pick<ContentDeps, "now">,
  tx: Tx,
  existing: { id: string; published: boolean },
  text: { slug: string; title: string; summary: string; category: string; body: string },
  actorId: string,
): Promise<void> {
  const { slug, title, summary, category, body } = text;
  const page = await tx.contentPage.update({
    where: { id: existing.id },
    data: {
      slug,
      title,
      summary,
      category,
      body,
      updatedById: actorId,
      ...(existing.published ? { contentUpdatedAt: deps.now() } : {}),
    },
  });
  await tx.contentVersion.create({
    data: {
      pageId: existing.id,
      number: await nextVersion(tx, existing.id),
      title,
      summary,
      category,
      body,
      createdById: actorId,
    },
  });
  if (page.published) await indexPage(tx, page);
}
