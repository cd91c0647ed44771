import { recordAudit } from "../../platform/audit.js";
import type { RoleValue } from "../../platform/db/index.js";
import type { UsersDeps } from "./deps.js";
import { anotherActiveLead, serializable, type UserChangeResult } from "./last-lead.js";

/**
 * The lead changes someone's role. Refused for the last active lead, and for an organisation's
 * owner moving off the applicant role, since only applicants manage an organisation.
 */
export async function changeRole(
  { prisma }: UsersDeps,
  actorId: string,
  userId: string,
  role: RoleValue,
): Promise<UserChangeResult> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, include: { memberships: true } });
    if (!user) return "not-found";
    if (user.role === role) return "done";
    if (user.role === "PROGRAMME_LEAD" && user.active && !(await anotherActiveLead(tx, userId))) return "last-lead";
    if (role !== "APPLICANT" && user.memberships.some((m) => m.isOwner)) return "owner";
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actorId, "user.role-change", ["User", userId], {
      before: { role: user.role },
      after: { role },
    });
    return "done";
  }, serializable);
}
