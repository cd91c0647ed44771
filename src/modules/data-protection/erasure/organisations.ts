// Organisations and members: memberships, invitations to join, and the organisation's own row.
import type { Tx } from "../deps.js";
import { ERASED_ORGANISATION_NAME } from "./model.js";

/**
 * Ends the person's memberships and removes the invitations sent to any of their addresses; the
 * invitations they sent stay, without their name. Returns the ids of the invitations removed.
 */
export async function leaveOrganisations(
  tx: Tx,
  userId: string,
  emails: string[],
): Promise<{ memberships: number; invitations: number; invitationIds: string[] }> {
  const memberships = await tx.membership.deleteMany({ where: { userId } });
  const invitationIds = (await tx.invitation.findMany({ where: { email: { in: emails } }, select: { id: true } })).map(
    (i) => i.id,
  );
  const invitations = await tx.invitation.deleteMany({ where: { id: { in: invitationIds } } });
  await tx.invitation.updateMany({ where: { invitedById: userId }, data: { invitedById: null } });
  return { memberships: memberships.count, invitations: invitations.count, invitationIds };
}

/** Only an applicant whose one organisation this is goes with it; anyone else just leaves it. */
export const erasedWithOrganisation = (user: { role: string; memberships: number }) =>
  user.role === "APPLICANT" && user.memberships === 1;

/** Why a member's account stays when their organisation is erased, or null when it goes too. */
export function whyAccountStays(user: { role: string; memberships: number }): string | null {
  if (user.role !== "APPLICANT") return "not an applicant account";
  return user.memberships > 1 ? "also a member of another organisation" : null;
}

export async function endMembership(tx: Tx, membershipId: string): Promise<void> {
  await tx.membership.deleteMany({ where: { id: membershipId } });
}

/** Takes the organisation's name, number, address and website off its row, which stays. */
export async function anonymiseOrganisation(tx: Tx, organisationId: string, now: Date): Promise<void> {
  await tx.invitation.deleteMany({ where: { organisationId } });
  await tx.organisation.update({
    where: { id: organisationId },
    data: {
      name: ERASED_ORGANISATION_NAME,
      registrationNumber: null,
      addressLine1: "",
      addressLine2: "",
      town: "",
      postcode: "",
      website: null,
      erasedAt: now,
    },
  });
}
