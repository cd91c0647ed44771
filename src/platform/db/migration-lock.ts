import type { Database, Tx } from "./index.js";
import { MIGRATIONS_TABLE, POSTGRES_LOCK_KEY } from "./migrate.js";

/** How long one-off start-up work may hold its transaction, the wait for the lock included. */
const LOCKED_TRANSACTION_MS = 120_000;

/**
 * Runs `work` in one transaction that holds the lock migrations take, so that instances starting
 * together on an empty database take turns at one-off work such as seeding it: the second waits
 * for the first to commit, then sees what it wrote. `work` should check first whether there is
 * anything left to do.
 *
 * PostgreSQL: the migrations' advisory lock, held until the transaction ends. SQLite: the
 * database's write lock, taken by the transaction's first statement (a write that changes no row)
 * rather than at its first insert, so that nothing is read before the lock is held.
 */
export function withMigrationLock<T>(
  db: Pick<Database, "provider" | "prisma">,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const lock =
    db.provider === "postgresql"
      ? `SELECT pg_advisory_xact_lock(${POSTGRES_LOCK_KEY})`
      : `UPDATE "${MIGRATIONS_TABLE}" SET name = name WHERE 0`;
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(lock);
      return work(tx);
    },
    { maxWait: LOCKED_TRANSACTION_MS, timeout: LOCKED_TRANSACTION_MS },
  );
}
