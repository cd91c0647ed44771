import { recordAudit } from "../../platform/audit.js";
import { indexPage, removeFromIndex } from "../search/index.js";
import type { ContentDeps } from "./deps.js";

/** Puts a page up for readers and the search; false when there is no such page. */
export async function publishPage(deps: ContentDeps, actorId: string, id: string): Promise<boolean> {
  const { prisma } = deps;
  const existing = await prisma.contentPage.findUnique({ where: { id } });
  if (!existing) return false;
  if (existing.published) return true;
  await prisma.$transaction(async (tx) => {
    const now = deps.now();
    const page = await tx.contentPage.update({
      where: { id },
      data: { published: true, firstPublishedAt: existing.firstPublishedAt ?? now, contentUpdatedAt: now },
    });
    await indexPage(tx, page);
    await recordAudit(tx, actorId, "content.publish", ["ContentPage", id]);
  });
  return true;
}

/** Takes a page down; system pages stay up (their addresses are part of the site). */
export async function unpublishPage(
  deps: ContentDeps,
  actorId: string,
  id: string,
): Promise<"done" | "system" | "missing"> {
  const { prisma } = deps;
  const existing = await prisma.contentPage.findUnique({ where: { id } });
  if (!existing) return "missing";
  if (existing.system) return "system";
  await prisma.$transaction(async (tx) => {
    await tx.contentPage.update({ where: { id }, data: { published: false } });
    await removeFromIndex(tx, id);
    await recordAudit(tx, actorId, "content.unpublish", ["ContentPage", id]);
  });
  return "done";
}

/** Deletes a page, its versions and its files; system pages stay. */
export async function removePage(
  deps: ContentDeps,
  actorId: string,
  id: string,
): Promise<"done" | "system" | "missing"> {
  const { prisma, storage } = deps;
  const existing = await prisma.contentPage.findUnique({ where: { id }, include: { attachments: true } });
  if (!existing) return "missing";
  if (existing.system) return "system";
  await prisma.$transaction(async (tx) => {
    await tx.contentPage.delete({ where: { id } });
    await recordAudit(tx, actorId, "content.delete", ["ContentPage", id], {
      before: {
        kind: existing.kind,
        slug: existing.slug,
        title: existing.title,
        attachments: existing.attachments.length,
      },
    });
  });
  // After the commit: a failed delete leaves an unreferenced file, never a broken link.
  for (const file of existing.attachments) await storage.delete(file.storageKey);
  return "done";
}
