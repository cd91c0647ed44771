import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { Mailer } from "../../platform/mail.js";
import type { FileDeleter, RetentionService } from "../data-protection/index.js";

/** What every scheduled job is given first. */
export interface JobsDeps {
  prisma: Db;
  mailer: Mailer;
  logger: Logger;
  retention: RetentionService;
  files: FileDeleter;
  /** Removes half-written upload files older than the date given; returns how many. */
  partFiles: { removeOlderThan(cutoff: Date): Promise<number> };
  /** The time a run takes as now when its caller gives none. */
  now: Clock;
}
