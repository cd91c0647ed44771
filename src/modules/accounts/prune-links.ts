import type { AccountsDeps } from "./deps.js";
import { HOUR } from "./tokens.js";

/** Deletes link tokens and invitations that ended more than a week ago; safe to run anywhere at once. */
export async function pruneExpiredLinks(deps: AccountsDeps, now: Date): Promise<number> {
  const before = new Date(now.getTime() - 7 * 24 * HOUR);
  const [tokens, invitations] = await Promise.all([
    deps.prisma.accountToken.deleteMany({ where: { expiresAt: { lt: before } } }),
    deps.prisma.invitation.deleteMany({ where: { expiresAt: { lt: before } } }),
  ]);
  return tokens.count + invitations.count;
}
