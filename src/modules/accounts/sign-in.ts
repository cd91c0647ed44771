import { recordAudit } from "../../platform/audit.js";
import type { AccountsDeps } from "./deps.js";
import { normaliseEmail, toSignedInUser, type SignedInUser } from "./users.js";

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: "incorrect" | "locked" };

/**
 * Checks credentials. An unknown email costs the same password check as a known one, and an
 * account (known or not) with too many recent failures is refused without checking at all.
 */
export async function signIn(deps: AccountsDeps, email: string, password: string): Promise<SignInResult> {
  const { prisma, passwords, lockout } = deps;
  const address = normaliseEmail(email);
  const recent = await lockout.store.get(address);
  if (recent && recent.totalHits >= lockout.failures) return { ok: false, reason: "locked" };
  const user = await prisma.user.findUnique({ where: { email: address } });
  const matches = user
    ? await passwords.verify(password, user.passwordHash)
    : await passwords.verifyAgainstDummy(password);
  if (!user || !matches || !user.active) {
    await lockout.store.increment(address);
    return { ok: false, reason: "incorrect" };
  }
  await lockout.store.resetKey(address);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: deps.now() } });
    await recordAudit(tx, user.id, "user.sign-in", ["User", user.id]);
  });
  return { ok: true, user: toSignedInUser(user) };
}

/** The user for these credentials, or null. */
export async function authenticate(deps: AccountsDeps, email: string, password: string): Promise<SignedInUser | null> {
  const result = await signIn(deps, email, password);
  return result.ok ? result.user : null;
}

/** The user a session belongs to, if that user still exists and is active. */
export async function findActiveUser(deps: AccountsDeps, id: string): Promise<SignedInUser | null> {
  const user = await deps.prisma.user.findUnique({ where: { id } });
  return user?.active ? toSignedInUser(user) : null;
}
