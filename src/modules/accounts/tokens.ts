import { hashToken, looksLikeToken, newToken } from "../../platform/tokens.js";
import type { AccountsDeps, Tx } from "./deps.js";

export const VERIFY_EMAIL_HOURS = 24;
export const RESET_PASSWORD_HOURS = 1;
export const CHANGE_EMAIL_HOURS = 24;

export const HOUR = 60 * 60_000;

export type TokenPurpose = "VERIFY_EMAIL" | "RESET_PASSWORD" | "CHANGE_EMAIL";

/** What a link's token turned out to be. */
export type TokenStatus = "valid" | "invalid" | "expired" | "used";

/** Issues a single-use link token; earlier unused tokens of the same purpose stop working. */
export async function issueAccountToken(
  deps: Pick<AccountsDeps, "now" | "random">,
  tx: Tx,
  userId: string,
  purpose: TokenPurpose,
  hours: number,
  newEmail?: string,
): Promise<string> {
  const now = deps.now();
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = newToken(deps.random);
  await tx.accountToken.create({
    data: { tokenHash, purpose, userId, newEmail: newEmail ?? null, expiresAt: new Date(now.getTime() + hours * HOUR) },
  });
  return token;
}

/** Finds a token of this purpose by its hash, and says whether it can still be used. */
export async function findToken(deps: Pick<AccountsDeps, "prisma" | "now">, token: unknown, purpose: TokenPurpose) {
  if (!looksLikeToken(token)) return { status: "invalid" as const, row: null };
  const row = await deps.prisma.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { status: "invalid" as const, row: null };
  if (row.usedAt) return { status: "used" as const, row };
  if (row.expiresAt.getTime() <= deps.now().getTime()) return { status: "expired" as const, row };
  return { status: "valid" as const, row };
}

/** Marks a token used; false when another request used it first. */
export async function claimToken(deps: Pick<AccountsDeps, "now">, tx: Tx, id: string): Promise<boolean> {
  const now = deps.now();
  const claimed = await tx.accountToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return claimed.count === 1;
}
