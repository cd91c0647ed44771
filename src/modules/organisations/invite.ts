import { recordAudit } from "../../platform/audit.js";
import { createInvitation } from "../invitations/index.js";
import type { OrganisationsDeps } from "./deps.js";
import { ownerOf } from "./queries.js";

/** The owner invites a colleague. Refused until the owner has confirmed their own email. */
export async function invite(
  deps: OrganisationsDeps,
  userId: string,
  organisationId: string,
  email: string,
): Promise<"sent" | "not-found" | "unverified" | "already-member"> {
  const { prisma, invitations } = deps;
  if (!(await ownerOf(prisma, userId, organisationId))) return "not-found";
  const inviter = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!inviter.emailVerifiedAt) return "unverified";
  const alreadyMember = await prisma.membership.findFirst({ where: { organisationId, user: { email } } });
  if (alreadyMember) return "already-member";
  const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const { token } = await prisma.$transaction(async (tx) => {
    const created = await createInvitation(deps, tx, { email, role: "APPLICANT", organisationId, invitedById: userId });
    await recordAudit(tx, userId, "invitation.create", ["Invitation", created.id], {
      after: { email, organisationId, role: "APPLICANT" },
    });
    return created;
  });
  await invitations.sendInvitation({
    email,
    token,
    inviterName: inviter.fullName,
    organisationName: org.name,
    role: "APPLICANT",
  });
  return "sent";
}
