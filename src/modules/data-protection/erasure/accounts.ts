// Accounts and sessions: the person's own row, their sign-ins, and the links sent to them.
import type { Tx } from "../deps.js";
import { ERASED_ACCOUNT_NAME } from "./model.js";

/** Signs the person out everywhere and voids every email link sent to them. */
export async function removeSignIns(tx: Tx, userId: string): Promise<{ sessions: number; links: number }> {
  const sessions = await tx.session.deleteMany({ where: { userId } });
  const links = await tx.accountToken.deleteMany({ where: { userId } });
  return { sessions: sessions.count, links: links.count };
}

/** The failed sign-ins counted against the person's addresses, which are keyed by the address. */
export async function forgetSignInAttempts(tx: Tx, emails: string[]): Promise<void> {
  await tx.rateLimitHit.deleteMany({ where: { key: { in: emails.map((e) => `sign-in-account:${e}`) } } });
}

/**
 * Deletes the account, or keeps it without personal data (and unable to sign in) when reviews
 * or other assignments hang on it.
 */
export async function removeAccount(tx: Tx, userId: string, keep: boolean, now: Date): Promise<void> {
  if (keep) {
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `erased-${userId}@erased.invalid`,
        fullName: ERASED_ACCOUNT_NAME,
        jobTitle: "",
        // Not a hash of anything: no password matches it.
        passwordHash: "erased",
        active: false,
        lastSignInAt: null,
        erasedAt: now,
      },
    });
  } else {
    // The audit log's references to the person as the one who acted become empty (SetNull).
    await tx.user.delete({ where: { id: userId } });
  }
}
