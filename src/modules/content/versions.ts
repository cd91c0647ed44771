import { recordAudit } from "../../platform/audit.js";
import type { ContentDeps } from "./deps.js";
import { saveAsNewVersion } from "./new-version.js";

/** A page's history, newest first. */
export async function listVersions(deps: ContentDeps, id: string) {
  return deps.prisma.contentVersion.findMany({
    where: { pageId: id },
    orderBy: { number: "desc" },
    take: 100,
    select: { number: true, title: true, createdAt: true, createdById: true },
  });
}

/** Makes an earlier version the current one (saved as a new version, so nothing is lost). */
export async function restoreVersion(deps: ContentDeps, actorId: string, id: string, number: number): Promise<boolean> {
  const { prisma } = deps;
  const version = await prisma.contentVersion.findUnique({ where: { pageId_number: { pageId: id, number } } });
  if (!version) return false;
  const existing = await prisma.contentPage.findUnique({ where: { id } });
  if (!existing) return false;
  await prisma.$transaction(async (tx) => {
    await saveAsNewVersion(deps, tx, existing, { ...version, slug: existing.slug }, actorId);
    await recordAudit(tx, actorId, "content.restore-version", ["ContentPage", id], {
      after: { restoredVersion: number },
    });
  });
  return true;
}
