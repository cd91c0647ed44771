import { recordAudit } from "../../platform/audit.js";
import type { RoleValue } from "../../platform/db/index.js";
import { createInvitation } from "../invitations/index.js";
import type { UsersDeps } from "./deps.js";

/** The lead invites an assessor or another lead. The lead sees every account, so an existing one is named. */
export async function inviteStaff(
  deps: UsersDeps,
  actorId: string,
  email: string,
  role: RoleValue,
): Promise<"sent" | { existingUserId: string }> {
  const { prisma, invitations } = deps;
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) return { existingUserId: existing.id };
  const inviter = await prisma.user.findUniqueOrThrow({ where: { id: actorId } });
  const { token } = await prisma.$transaction(async (tx) => {
    const created = await createInvitation(deps, tx, { email, role, organisationId: null, invitedById: actorId });
    await recordAudit(tx, actorId, "invitation.create", ["Invitation", created.id], { after: { email, role } });
    return created;
  });
  await invitations.sendInvitation({ email, token, inviterName: inviter.fullName, organisationName: null, role });
  return "sent";
}
