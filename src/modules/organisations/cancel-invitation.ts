import { isIdLike } from "../../platform/validation.js";
import { recordAudit } from "../../platform/audit.js";
import type { OrganisationsDeps } from "./deps.js";
import { ownerOf } from "./queries.js";

/** An invitation not yet accepted, for the owner only. */
export async function pendingInvitationForOwner(
  { prisma, now }: OrganisationsDeps,
  userId: string,
  organisationId: string,
  invitationId: string,
) {
  if (!(await ownerOf(prisma, userId, organisationId))) return null;
  if (!isIdLike(invitationId)) return null;
  const invitation = await prisma.invitation.findFirst({
    where: { id: invitationId, organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
    include: { organisation: true },
  });
  if (!invitation) return null;
  return {
    id: invitation.id,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
    organisationName: invitation.organisation?.name ?? "",
  };
}

/** The owner withdraws an invitation: its link stops working at once. */
export async function cancelInvitation(
  deps: OrganisationsDeps,
  userId: string,
  organisationId: string,
  invitationId: string,
): Promise<boolean> {
  const invitation = await pendingInvitationForOwner(deps, userId, organisationId, invitationId);
  if (!invitation) return false;
  return deps.prisma.$transaction(async (tx) => {
    const changed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: deps.now() },
    });
    if (changed.count === 0) return false;
    await recordAudit(tx, userId, "organisation.invitation-cancel", ["Organisation", organisationId], {
      before: { invitationEmail: invitation.email },
    });
    return true;
  });
}
