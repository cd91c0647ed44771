import type { Db } from "../../platform/db/index.js";

export type UserChangeResult = "done" | "not-found" | "last-lead" | "self" | "owner";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Serializable, so that two leads demoting each other at the same moment cannot leave none.
export const serializable = { isolationLevel: "Serializable" as const };

/** True when an active lead other than userId remains. */
export async function anotherActiveLead(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { role: "PROGRAMME_LEAD", active: true, id: { not: userId } } })) > 0;
}
