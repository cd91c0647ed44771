import { recordAudit } from "../../platform/audit.js";
import type { AccountsDeps } from "./deps.js";
import { sendPasswordChanged } from "./notifications.js";

/** Changes the password when the current one is right, and ends the account's other sessions. */
export async function changePassword(
  deps: AccountsDeps,
  userId: string,
  currentSid: string,
  input: { currentPassword: string; newPassword: string },
): Promise<"changed" | "wrong-password"> {
  const { prisma, passwords } = deps;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await passwords.verify(input.currentPassword, user.passwordHash))) return "wrong-password";
  const passwordHash = await passwords.hash(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId, sid: { not: currentSid } } });
    // A reset link asked for before the change must not undo it.
    await tx.accountToken.updateMany({
      where: { userId, purpose: "RESET_PASSWORD", usedAt: null },
      data: { usedAt: deps.now() },
    });
    await recordAudit(tx, userId, "user.password-change", ["User", userId]);
  });
  await sendPasswordChanged(deps.mailer, user);
  return "changed";
}
