import { recordAudit } from "../../platform/audit.js";
import type { CharterDeps } from "./deps.js";
import { notify } from "./notifications.js";

// Each change is made only from the state it starts from, so that two leads acting at once
// change a request once; false when the request is not (or no longer) in that state.

/** The lead approves a pending request: the organisation is a signatory from now. */
export async function approve(deps: CharterDeps, actorId: string, id: string): Promise<boolean> {
  const changed = await deps.prisma.$transaction(async (tx) => {
    const now = deps.now();
    const { count } = await tx.charterSignature.updateMany({
      where: { id, status: "PENDING" },
      data: { status: "APPROVED", decidedAt: now, decidedById: actorId, signedAt: now, reason: "" },
    });
    if (count === 1) await recordAudit(tx, actorId, "charter.approve", ["CharterSignature", id]);
    return count === 1;
  });
  if (changed) await notify(deps, id, "charter-approved", "Your organisation has signed the Social Value Charter");
  return changed;
}

export async function decline(deps: CharterDeps, actorId: string, id: string, reason: string): Promise<boolean> {
  const changed = await deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.charterSignature.updateMany({
      where: { id, status: "PENDING" },
      data: { status: "DECLINED", decidedAt: deps.now(), decidedById: actorId, reason },
    });
    if (count === 1) await recordAudit(tx, actorId, "charter.decline", ["CharterSignature", id], { after: { reason } });
    return count === 1;
  });
  if (changed) await notify(deps, id, "charter-declined", "Your request to sign the Social Value Charter");
  return changed;
}

/** Takes an approved signatory off the public list. */
export async function remove(deps: CharterDeps, actorId: string, id: string, reason: string): Promise<boolean> {
  return deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.charterSignature.updateMany({
      where: { id, status: "APPROVED" },
      data: { status: "REMOVED", decidedAt: deps.now(), decidedById: actorId, reason },
    });
    if (count === 1) await recordAudit(tx, actorId, "charter.remove", ["CharterSignature", id], { after: { reason } });
    return count === 1;
  });
}
