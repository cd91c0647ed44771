import type { Db } from "../../../platform/db/index.js";
import type { Tx } from "../deps.js";
import type { UserRefusal } from "./model.js";

// Large organisations touch many rows: allow the transaction time, and serialise it against
// role changes so that the last active lead cannot be erased by two requests at once.
export const ERASURE_TRANSACTION = { isolationLevel: "Serializable" as const, timeout: 120_000, maxWait: 15_000 };

export interface RefusalSubject {
  id: string;
  role: string;
  active: boolean;
  erasedAt: Date | null;
}

/** Why this user cannot be erased now, or null. */
export async function userRefusal(
  tx: Tx | Db,
  user: RefusalSubject,
  actorId: string | null,
  organisationBeingErased: string | null,
): Promise<UserRefusal | null> {
  if (user.erasedAt) return { kind: "already-erased" };
  if (user.role === "PROGRAMME_LEAD" && user.active) {
    const others = await tx.user.count({ where: { role: "PROGRAMME_LEAD", active: true, id: { not: user.id } } });
    if (others === 0) return { kind: "last-lead" };
  }
  if (actorId !== null && user.id === actorId) return { kind: "self" };
  const owned = await tx.membership.findMany({
    where: {
      userId: user.id,
      isOwner: true,
      ...(organisationBeingErased ? { organisationId: { not: organisationBeingErased } } : {}),
    },
    select: { organisation: { select: { id: true, name: true } } },
  });
  if (owned.length > 0) return { kind: "owner", organisations: owned.map((m) => m.organisation) };
  return null;
}
