import { recordAudit } from "../../platform/audit.js";
import type { AccountsDeps } from "./deps.js";
import { sendPasswordChanged } from "./notifications.js";
import { claimToken, findToken, issueAccountToken, RESET_PASSWORD_HOURS, type TokenStatus } from "./tokens.js";
import { normaliseEmail } from "./users.js";

/** Sends a reset link when the email belongs to an active account; says nothing either way. */
export async function requestPasswordReset(deps: AccountsDeps, email: string): Promise<void> {
  const { prisma, mailer } = deps;
  const user = await prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
  if (!user?.active) return;
  const token = await prisma.$transaction(async (tx) => {
    const issued = await issueAccountToken(deps, tx, user.id, "RESET_PASSWORD", RESET_PASSWORD_HOURS);
    await recordAudit(tx, null, "user.password-reset-requested", ["User", user.id]);
    return issued;
  });
  await mailer.send({
    to: user.email,
    subject: "Reset your password",
    template: "reset-password",
    context: { fullName: user.fullName, token, hours: RESET_PASSWORD_HOURS },
  });
}

export async function checkResetToken(deps: AccountsDeps, token: unknown): Promise<TokenStatus> {
  return (await findToken(deps, token, "RESET_PASSWORD")).status;
}

/** Sets a new password from a reset link and ends every session of the account. */
export async function resetPassword(
  deps: AccountsDeps,
  token: unknown,
  password: string,
): Promise<{ status: TokenStatus }> {
  const found = await findToken(deps, token, "RESET_PASSWORD");
  if (found.status !== "valid") return { status: found.status };
  const row = found.row;
  const passwordHash = await deps.passwords.hash(password);
  const user = await deps.prisma.$transaction(async (tx) => {
    if (!(await claimToken(deps, tx, row.id))) return null;
    const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
    const updated = await tx.user.update({
      where: { id: row.userId },
      // Following the link proves the person reads this inbox.
      data: { passwordHash, emailVerifiedAt: before.emailVerifiedAt ?? deps.now() },
    });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    await recordAudit(tx, row.userId, "user.password-reset", ["User", row.userId]);
    return updated;
  });
  if (!user) return { status: "used" };
  await deps.lockout.store.resetKey(user.email);
  await sendPasswordChanged(deps.mailer, user);
  return { status: "valid" };
}
