import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { FileStorage } from "../../platform/storage.js";
import type { SettingsService } from "../settings/index.js";
import { createErasureService } from "./erasure/service.js";
import { createFileDeleter } from "./file-deletions.js";
import { createRetentionService } from "./retention/service.js";

/** Erasure on request, the retention periods, and the deletion of stored files they leave behind. */
export function createDataProtection(deps: {
  prisma: Db;
  storage: FileStorage;
  settings: SettingsService;
  logger: Logger;
  now: Clock;
}) {
  const files = createFileDeleter(deps);
  const erasure = createErasureService({ prisma: deps.prisma, files, logger: deps.logger, now: deps.now });
  const retention = createRetentionService({
    prisma: deps.prisma,
    settings: deps.settings,
    erasure,
    files,
    logger: deps.logger,
  });
  return { files, erasure, retention };
}

export type DataProtection = ReturnType<typeof createDataProtection>;
