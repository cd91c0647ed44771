import { recordAudit } from "../../platform/audit.js";
import type { OrganisationsDeps } from "./deps.js";
import { memberForOwner } from "./queries.js";

/** The owner hands ownership to another member, who is told by email. */
export async function transferOwnership(
  { prisma, mailer }: OrganisationsDeps,
  userId: string,
  organisationId: string,
  memberId: string,
): Promise<boolean> {
  const member = await memberForOwner(prisma, userId, organisationId, memberId);
  if (!member) return false;
  const moved = await prisma.$transaction(async (tx) => {
    // Only while the current owner is still the owner: two transfers at once cannot both win.
    const demoted = await tx.membership.updateMany({
      where: { userId, organisationId, isOwner: true },
      data: { isOwner: false },
    });
    if (demoted.count !== 1) return false;
    const promoted = await tx.membership.update({ where: { id: memberId }, data: { isOwner: true } });
    await recordAudit(tx, userId, "organisation.ownership-transfer", ["Organisation", organisationId], {
      before: { ownerUserId: userId },
      after: { ownerUserId: promoted.userId },
    });
    return true;
  });
  if (!moved) return false;
  await mailer.send({
    to: member.email,
    subject: `You are now the owner of ${member.organisationName}`,
    template: "ownership-transferred",
    context: { fullName: member.fullName, organisationName: member.organisationName },
  });
  return true;
}
