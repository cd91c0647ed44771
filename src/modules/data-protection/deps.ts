import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { SettingsService } from "../settings/index.js";
import type { ErasureService } from "./erasure/service.js";
import type { FileDeleter } from "./file-deletions.js";

/** The transaction client that erasure and retention do their work in. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What every erasure use case is given first. */
export interface ErasureDeps {
  prisma: Db;
  files: FileDeleter;
  logger: Logger;
  now: () => Date;
}

/** What the composition root passes; the clock is the real one unless a caller gives its own. */
export type ErasureOptions = Omit<ErasureDeps, "now"> & { now?: () => Date };

export function erasureDeps(options: ErasureOptions): ErasureDeps {
  return { ...options, now: options.now ?? (() => new Date()) };
}

/** What the retention use cases run on; each is told the time it runs as of. */
export interface RetentionDeps {
  prisma: Db;
  settings: SettingsService;
  erasure: ErasureService;
  files: FileDeleter;
  logger: Logger;
}
