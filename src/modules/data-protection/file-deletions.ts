import type { Db, Tx } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { FileStorage } from "../../platform/storage.js";

const BATCH = 100;

/** Records files to delete, in the transaction that removes their rows. */
export async function queueFileDeletions(tx: Tx, storageKeys: readonly string[], now: Date): Promise<void> {
  const keys = [...new Set(storageKeys)];
  for (let i = 0; i < keys.length; i += BATCH) {
    await tx.fileDeletion.createMany({
      data: keys.slice(i, i + BATCH).map((storageKey) => ({ storageKey, queuedAt: now })),
    });
  }
}

export interface FileDeletionReport {
  deleted: number;
  failed: number;
}

/**
 * Deletes queued files from storage once the database no longer refers to them. A file that cannot
 * be deleted stays queued, with the error, and the next run of the jobs tries again.
 */
export function createFileDeleter(deps: { prisma: Db; storage: FileStorage; logger: Logger }) {
  const { prisma, storage, logger } = deps;

  async function deleteOne(storageKey: string): Promise<boolean> {
    try {
      await storage.delete(storageKey);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      const message = code ?? (error instanceof Error ? error.message : "");
      await prisma.fileDeletion
        .updateMany({ where: { storageKey }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 200) } })
        .catch(() => undefined);
      logger.warn({ err: error, storageKey }, "stored file not deleted; the jobs will try again");
      return false;
    }
    await prisma.fileDeletion.deleteMany({ where: { storageKey } });
    return true;
  }

  return {
    /** Deletes these queued files now (straight after the transaction that queued them). */
    async deleteNow(storageKeys: readonly string[]): Promise<FileDeletionReport> {
      const report = { deleted: 0, failed: 0 };
      for (const key of storageKeys) {
        if (await deleteOne(key)) report.deleted += 1;
        else report.failed += 1;
      }
      return report;
    },

    /** Deletes every queued file, oldest first; for the jobs. */
    async deletePending(): Promise<FileDeletionReport> {
      const report = { deleted: 0, failed: 0 };
      let after: string | undefined;
      for (;;) {
        const rows = await prisma.fileDeletion.findMany({
          where: after ? { storageKey: { gt: after } } : {},
          orderBy: { storageKey: "asc" },
          take: BATCH,
          select: { storageKey: true },
        });
        for (const row of rows) {
          if (await deleteOne(row.storageKey)) report.deleted += 1;
          else report.failed += 1;
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1]!.storageKey;
      }
      return report;
    },

    pendingCount: () => prisma.fileDeletion.count(),
  };
}

export type FileDeleter = ReturnType<typeof createFileDeleter>;
