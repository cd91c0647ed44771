import { recordAudit } from "../../platform/audit.js";
import { changedFields } from "./changed-fields.js";
import type { AccountsDeps } from "./deps.js";

/** Saves the person's own name and job title; nothing is recorded when nothing changed. */
export async function updateProfile(
  deps: AccountsDeps,
  userId: string,
  input: { fullName: string; jobTitle: string },
): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const changes = changedFields({ fullName: before.fullName, jobTitle: before.jobTitle }, input);
    if (!changes) return;
    await tx.user.update({ where: { id: userId }, data: input });
    await recordAudit(tx, userId, "user.profile-update", ["User", userId], changes);
  });
}
