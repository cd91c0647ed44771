import { recordAudit } from "../../platform/audit.js";
import type { UsersDeps } from "./deps.js";
import { anotherActiveLead, serializable, type UserChangeResult } from "./last-lead.js";

/**
 * Deactivating ends every session of the user at once; reactivating lets them sign in again. A
 * lead cannot deactivate their own account, nor the last active lead's.
 */
export async function setActive(
  { prisma }: UsersDeps,
  actorId: string,
  userId: string,
  active: boolean,
): Promise<UserChangeResult> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return "not-found";
    if (user.active === active) return "done";
    if (!active && userId === actorId) return "self";
    if (!active && user.role === "PROGRAMME_LEAD" && !(await anotherActiveLead(tx, userId))) return "last-lead";
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actorId, active ? "user.reactivate" : "user.deactivate", ["User", userId], {
      before: { active: user.active },
      after: { active },
    });
    return "done";
  }, serializable);
}
