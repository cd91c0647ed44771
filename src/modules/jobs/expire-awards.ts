import { tellMembers } from "../../platform/recipients.js";
import { recordAudit } from "../../platform/audit.js";
import type { JobsDeps } from "./deps.js";

/** Marks awards past their expiry date as expired, each once and audited. */
export async function markExpired(deps: JobsDeps, now: Date): Promise<number> {
  const { prisma } = deps;
  const due = await prisma.award.findMany({
    where: { status: "CURRENT", expiresAt: { lte: now } },
    select: { id: true, expiresAt: true, organisationId: true, organisationName: true, applicationId: true },
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
    if (!changed) continue;
    count += 1;
    // Told once: only the run that marked it expired sends this.
    await tellMembers(deps, award.organisationId, {
      subject: "Your Social Value Award has expired",
      template: "award-expired",
      context: {
        organisationName: award.organisationName,
        expiresAt: award.expiresAt,
        applicationId: award.applicationId,
      },
    });
  }
  return count;
}
