import { recordAudit } from "../../platform/audit.js";
import type { OrganisationsDeps, Tx } from "./deps.js";
import { memberForOwner } from "./queries.js";

/** The owner (userId) acting on another member of their organisation. */
export interface MemberTarget {
  userId: string;
  organisationId: string;
  memberId: string;
}

type Member = NonNullable<Awaited<ReturnType<typeof memberForOwner>>>;

/**
 * An owner's change to another member, made in one transaction and then told to the member by
 * email. False, with nothing changed, unless the user owns the organisation and the member
 * belongs to it, or when `change` finds the change can no longer be made.
 */
async function changeMember(
  { prisma, mailer }: OrganisationsDeps,
  { userId, organisationId, memberId }: MemberTarget,
  change: { make: (tx: Tx, member: Member) => Promise<boolean>; subject: string; template: string },
): Promise<boolean> {
  const member = await memberForOwner(prisma, userId, organisationId, memberId);
  if (!member) return false;
  if (!(await prisma.$transaction((tx) => change.make(tx, member)))) return false;
  await mailer.send({
    to: member.email,
    subject: `${change.subject} ${member.organisationName}`,
    template: change.template,
    context: { fullName: member.fullName, organisationName: member.organisationName },
  });
  return true;
}

/** The owner removes another member, who is told by email. */
export function removeMember(deps: OrganisationsDeps, target: MemberTarget): Promise<boolean> {
  return changeMember(deps, target, {
    subject: "You are no longer a member of",
    template: "member-removed",
    async make(tx, member) {
      await tx.membership.delete({ where: { id: target.memberId } });
      await recordAudit(tx, target.userId, "organisation.member-remove", ["Organisation", target.organisationId], {
        before: { memberEmail: member.email, memberName: member.fullName },
      });
      return true;
    },
  });
}

/** The owner hands ownership to another member, who is told by email. */
export function transferOwnership(deps: OrganisationsDeps, target: MemberTarget): Promise<boolean> {
  const { userId, organisationId, memberId } = target;
  return changeMember(deps, target, {
    subject: "You are now the owner of",
    template: "ownership-transferred",
    async make(tx) {
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
    },
  });
}
