import { recordAudit } from "../../platform/audit.js";
import type { JobsDeps } from "./deps.js";

/** Marks awards past their expiry date as expired, each once and audited. */
export async function markExpired({ prisma }: JobsDeps, now: Date): Promise<number> {
  const due = await prisma.award.findMany({
    where: { status: "CURRENT", expiresAt: { lte: now } },
    select: { id: true, expiresAt: true },
  });
  let count = 0;
  for (const award of due) {
    const changed = await prisma.$transaction(async (tx) => {
      const result = await tx.award.updateMany({
        where: { id: award.id, status: "CURRENT" },
        data: { status: "EXPIRED" },
      });
      if (result.count === 0) return false;
      await recordAudit(tx, null, "award.expire", ["Award", award.id], {
        before: { status: "CURRENT" },
        after: { status: "EXPIRED", expiresAt: award.expiresAt.toISOString() },
      });
      return true;
    });
    if (changed) count += 1;
  }
  return count;
}
