import { recordAudit } from "../../platform/audit.js";
import type { OrganisationsDeps } from "./deps.js";
import { memberForOwner } from "./queries.js";

/** The owner removes another member, who is told by email. */
export async function removeMember(
  { prisma, mailer }: OrganisationsDeps,
  userId: string,
  organisationId: string,
  memberId: string,
): Promise<boolean> {
  const member = await memberForOwner(prisma, userId, organisationId, memberId);
  if (!member) return false;
  await prisma.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: memberId } });
    await recordAudit(tx, userId, "organisation.member-remove", ["Organisation", organisationId], {
      before: { memberEmail: member.email, memberName: member.fullName },
    });
  });
  await mailer.send({
    to: member.email,
    subject: `You are no longer a member of ${member.organisationName}`,
    template: "member-removed",
    context: { fullName: member.fullName, organisationName: member.organisationName },
  });
  return true;
}
