import { recordAudit } from "../../platform/audit.js";
import type { AccountsDeps } from "./deps.js";
import { CHANGE_EMAIL_HOURS, claimToken, findToken, issueAccountToken, type TokenStatus } from "./tokens.js";
import { normaliseEmail } from "./users.js";

/**
 * Sends a confirmation link to the new address. When that address already has an account the
 * new address is told so instead, and the page says the same either way.
 */
export async function requestEmailChange(
  deps: AccountsDeps,
  userId: string,
  input: { email: string; currentPassword: string },
): Promise<"sent" | "wrong-password" | "same-email"> {
  const { prisma, mailer } = deps;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await deps.passwords.verify(input.currentPassword, user.passwordHash))) return "wrong-password";
  const email = normaliseEmail(input.email);
  if (email === user.email) return "same-email";
  const taken = await prisma.user.findUnique({ where: { email } });
  if (taken) {
    await mailer.send({
      to: email,
      subject: "Someone tried to use this email address",
      template: "email-in-use",
      context: { fullName: taken.fullName },
    });
    return "sent";
  }
  const token = await prisma.$transaction(async (tx) => {
    const issued = await issueAccountToken(deps, tx, userId, "CHANGE_EMAIL", CHANGE_EMAIL_HOURS, email);
    await recordAudit(tx, userId, "user.email-change-requested", ["User", userId], { after: { email } });
    return issued;
  });
  await mailer.send({
    to: email,
    subject: "Confirm your new email address",
    template: "confirm-email-change",
    context: { fullName: user.fullName, token, hours: CHANGE_EMAIL_HOURS },
  });
  return "sent";
}

/** Follows the link sent to the new address; the old address is told of the change. */
export async function confirmEmailChange(
  deps: AccountsDeps,
  token: unknown,
): Promise<{ status: TokenStatus | "taken" }> {
  const found = await findToken(deps, token, "CHANGE_EMAIL");
  if (found.status !== "valid") return { status: found.status };
  const row = found.row;
  const newEmail = row.newEmail ?? "";
  const result = await deps.prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: newEmail } })) return null;
    if (!(await claimToken(deps, tx, row.id))) return "used" as const;
    const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
    await tx.user.update({ where: { id: row.userId }, data: { email: newEmail, emailVerifiedAt: deps.now() } });
    await recordAudit(tx, row.userId, "user.email-change", ["User", row.userId], {
      before: { email: before.email },
      after: { email: newEmail },
    });
    return before;
  });
  if (result === null) return { status: "taken" };
  if (result === "used") return { status: "used" };
  await deps.mailer.send({
    to: result.email,
    subject: "Your email address has been changed",
    template: "email-changed",
    context: { fullName: result.fullName, newEmail },
  });
  return { status: "valid" };
}
