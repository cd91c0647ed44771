import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { ApplicationsDeps } from "./deps.js";
import { loadForMember } from "./queries.js";
import { LIVE_STATUSES } from "./types.js";

/** Withdraws a live application; once a decision has been made it can no longer be withdrawn. */
export async function withdraw(
  { prisma, now }: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  reason: string,
): Promise<"withdrawn" | "not-allowed" | null> {
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  return prisma.$transaction(async (tx) => {
    const result = await tx.application.updateMany({
      where: { id: applicationId, status: { in: [...LIVE_STATUSES] } },
      data: {
        status: "WITHDRAWN",
        liveKey: null,
        withdrawnAt: now(),
        withdrawnById: actor.id,
        withdrawalReason: reason,
      },
    });
    if (result.count === 0) return "not-allowed" as const;
    await recordAudit(tx, actor.id, "application.withdraw", ["Application", applicationId], {
      before: { status: row.status },
      after: { status: "WITHDRAWN", reason },
    });
    return "withdrawn" as const;
  });
}
