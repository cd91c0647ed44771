import { tellMembers } from "../../platform/recipients.js";
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { AwardsDeps } from "./deps.js";
import { certificateView } from "./views.js";

const ALREADY_REVOKED = "This award has already been revoked.";

/** The award as the lead sees it before revoking it. */
export async function forLead(deps: AwardsDeps, awardId: string) {
  const award = await deps.prisma.award.findUnique({ where: { id: awardId } });
  return award ? certificateView(deps, award) : null;
}

/**
 * The lead revokes an award, once: its certificate then verifies as revoked, its application
 * reads "Award revoked", and the organisation's members are told why by email.
 */
export async function revoke(
  deps: AwardsDeps,
  actor: Actor,
  awardId: string,
  reason: string,
): Promise<"revoked" | { refused: string } | null> {
  const award = await deps.prisma.award.findUnique({ where: { id: awardId } });
  if (!award) return null;
  if (award.status === "REVOKED") return { refused: ALREADY_REVOKED };
  const revokedAt = deps.now();
  const outcome = await deps.prisma.$transaction(async (tx) => {
    const changed = await tx.award.updateMany({
      where: { id: awardId, status: { not: "REVOKED" } },
      data: { status: "REVOKED", revokedAt, revokedById: actor.id, revocationReason: reason },
    });
    if (changed.count === 0) return { refused: ALREADY_REVOKED };
    await tx.application.updateMany({
      where: { id: award.applicationId, status: "AWARDED" },
      data: { status: "REVOKED" },
    });
    await recordAudit(tx, actor.id, "award.revoke", ["Award", awardId], {
      before: { status: award.status },
      after: { status: "REVOKED", reason },
    });
    return "revoked" as const;
  });
  if (outcome !== "revoked") return outcome;
  await tellMembers(deps, award.organisationId, {
    subject: "Your Social Value Award has been revoked",
    template: "award-revoked",
    context: { organisationName: award.organisationName, reason, revokedAt, applicationId: award.applicationId },
  });
  return outcome;
}
