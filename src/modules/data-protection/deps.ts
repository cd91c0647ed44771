import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { FileDeleter } from "./file-deletions.js";

export type { Tx } from "../../platform/db/index.js";

/** What every erasure use case is given first. */
export interface ErasureDeps {
  prisma: Db;
  files: FileDeleter;
  logger: Logger;
  now: Clock;
}
