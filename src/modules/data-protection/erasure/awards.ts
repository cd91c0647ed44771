// Awards: named for the organisation, on the public register, and revoked with a reason.
import type { Tx } from "../deps.js";
import { ERASED_AWARD_REASON, ERASED_ORGANISATION_NAME } from "./model.js";

/** An award still in force, which erasing its organisation revokes. */
export const isCurrentAward = (award: { status: string; expiresAt: Date }, now: Date) =>
  award.status === "CURRENT" && award.expiresAt > now;

/** The person's name and addresses out of a revocation reason. */
export async function cleanAwardText(
  tx: Tx,
  award: { id: string; revocationReason: string },
  clean: (text: string) => string,
): Promise<void> {
  const revocationReason = clean(award.revocationReason);
  if (revocationReason !== award.revocationReason)
    await tx.award.update({ where: { id: award.id }, data: { revocationReason } });
}

/** These applications' awards leave the register, and a revoked one loses its written reason. */
export async function anonymiseAwards(tx: Tx, applicationIds: string[], organisationName?: string): Promise<void> {
  const renamed = organisationName !== undefined ? { organisationName } : {};
  await tx.award.updateMany({
    where: { applicationId: { in: applicationIds }, status: { not: "REVOKED" } },
    data: { listedOnRegister: false, ...renamed },
  });
  await tx.award.updateMany({
    where: { applicationId: { in: applicationIds }, status: "REVOKED" },
    data: { listedOnRegister: false, revocationReason: "", ...renamed },
  });
}

/** Revokes the organisation's current awards, and names all its awards "Erased organisation". */
export async function revokeAndRename(
  tx: Tx,
  organisationId: string,
  currentAwardIds: string[],
  actorId: string,
  now: Date,
): Promise<void> {
  await tx.award.updateMany({
    where: { id: { in: currentAwardIds } },
    data: { status: "REVOKED", revokedAt: now, revokedById: actorId, revocationReason: ERASED_AWARD_REASON },
  });
  await tx.award.updateMany({
    where: { organisationId },
    data: { organisationName: ERASED_ORGANISATION_NAME, listedOnRegister: false },
  });
}
