import { recordAudit } from "../../platform/audit.js";
import type { AccountsDeps } from "./deps.js";
import { sendVerification } from "./notifications.js";
import { claimToken, findToken, issueAccountToken, VERIFY_EMAIL_HOURS, type TokenStatus } from "./tokens.js";

/** Follows a verification link: the account's email address is then proven. */
export async function verifyEmail(deps: AccountsDeps, token: unknown): Promise<{ status: TokenStatus }> {
  const found = await findToken(deps, token, "VERIFY_EMAIL");
  if (found.status !== "valid") return { status: found.status };
  const row = found.row;
  return deps.prisma.$transaction(async (tx) => {
    if (!(await claimToken(deps, tx, row.id))) return { status: "used" as const };
    const user = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: deps.now() } });
      await recordAudit(tx, user.id, "user.email-verified", ["User", user.id], { after: { email: user.email } });
    }
    return { status: "valid" as const };
  });
}

/** Sends a fresh verification link; the earlier ones stop working. */
export async function resendVerification(deps: AccountsDeps, userId: string): Promise<"sent" | "already-verified"> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.emailVerifiedAt) return "already-verified";
  const token = await deps.prisma.$transaction((tx) =>
    issueAccountToken(deps, tx, user.id, "VERIFY_EMAIL", VERIFY_EMAIL_HOURS),
  );
  await sendVerification(deps.mailer, user, token);
  return "sent";
}
