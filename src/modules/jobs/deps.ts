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
  /** The time a run takes as now when its caller gives none. */
  now: () => Date;
}

/** What the composition root passes; the clock is the real one unless a caller gives its own. */
export type JobsOptions = Omit<JobsDeps, "now"> & { now?: () => Date };

export function jobsDeps(options: JobsOptions): JobsDeps {
  return { ...options, now: options.now ?? (() => new Date()) };
}
