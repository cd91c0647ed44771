import { tellLeads, tellMembers } from "../../platform/recipients.js";
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { ApplicationsDeps } from "./deps.js";
import { loadForMember } from "./queries.js";
import { LIVE_STATUSES } from "./types.js";

/** Withdraws a live application; once a decision has been made it can no longer be withdrawn. */
export async function withdraw(
  deps: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  reason: string,
): Promise<"withdrawn" | "not-allowed" | null> {
  const { prisma, now } = deps;
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  const outcome = await prisma.$transaction(async (tx) => {
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
  if (outcome === "withdrawn") {
    const context = { reference: row.reference, organisationName: row.orgName, reason, applicationId };
    const name = row.reference ?? "your draft application";
    await tellMembers(deps, row.organisationId, {
      subject: `Application ${name} withdrawn`,
      template: "application-withdrawn",
      context,
    });
    // The leads hear only of applications they have seen, not of a draft taken back.
    if (row.status !== "DRAFT") {
      await tellLeads(deps, {
        subject: `${row.orgName} withdrew application ${name}`,
        template: "application-withdrawn-lead",
        context,
      });
    }
  }
  return outcome;
}
