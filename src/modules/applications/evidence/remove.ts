import type { Actor } from "../../../platform/auth.js";
import { recordAudit } from "../../../platform/audit.js";
import type { EvidenceDeps } from "./deps.js";
import { EDITABLE_STATUSES, type ThemeValue } from "../types.js";
import { themeOfMember } from "./queries.js";

export async function remove(
  { prisma, storage, now }: EvidenceDeps,
  actor: Actor,
  applicationId: string,
  theme: ThemeValue,
  fileId: string,
): Promise<"removed" | "locked" | null> {
  const row = await themeOfMember(prisma, actor, applicationId, theme);
  if (!row) return null;
  const file = await prisma.evidenceFile.findFirst({ where: { id: fileId, applicationThemeId: row.id } });
  if (!file) return null;
  const result = await prisma.$transaction(async (tx) => {
    const open = await tx.application.updateMany({
      where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
      data: { updatedAt: now() },
    });
    if (open.count === 0) return "locked" as const;
    await tx.evidenceFile.delete({ where: { id: file.id } });
    await recordAudit(tx, actor.id, "evidence.remove", ["Application", applicationId], {
      before: { theme, file: file.originalName, size: file.size },
    });
    return "removed" as const;
  });
  if (result === "removed") await storage.delete(file.storageKey);
  return result;
}
