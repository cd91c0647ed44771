// Audit entries older than their period are deleted, and the deletion itself is recorded.
import { recordAudit } from "../../../platform/audit.js";
import type { RetentionDeps } from "./deps.js";

export const oldAuditEntries = (deps: Pick<RetentionDeps, "prisma">, cut: Date) =>
  deps.prisma.auditEvent.count({ where: { occurredAt: { lte: cut } } });

/** Deletes the entries on or before `cut`; returns how many went. */
export async function pruneAuditLog(deps: Pick<RetentionDeps, "prisma">, cut: Date): Promise<number> {
  return deps.prisma.$transaction(async (tx) => {
    const deleted = await tx.auditEvent.deleteMany({ where: { occurredAt: { lte: cut } } });
    if (deleted.count > 0) {
      await recordAudit(tx, null, "audit.prune", ["AuditEvent", null], {
        after: { reason: "retention", deleted: deleted.count, olderThan: cut.toISOString() },
      });
    }
    return deleted.count;
  });
}
