import type { Db } from "../../../platform/db/index.js";
import type { Logger } from "../../../platform/logging.js";
import type { SettingsService } from "../../settings/index.js";
import type { ErasureService } from "../erasure/service.js";
import type { FileDeleter } from "../file-deletions.js";

/** What the retention use cases run on; each is told the time it runs as of. */
export interface RetentionDeps {
  prisma: Db;
  settings: SettingsService;
  erasure: ErasureService;
  files: FileDeleter;
  logger: Logger;
}
