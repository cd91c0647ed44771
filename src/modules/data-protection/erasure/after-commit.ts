import type { ErasureDeps } from "../deps.js";
import type { ErasureOutcome } from "./model.js";

/**
 * Deletes the stored files an erasure queued, once its transaction has committed; a file that
 * cannot be deleted now stays queued for the jobs.
 */
export async function afterCommit(deps: Pick<ErasureDeps, "files">, keys: string[]): Promise<ErasureOutcome> {
  const report = await deps.files.deleteNow(keys);
  return { filesDeleted: report.deleted, filesWaiting: report.failed };
}
