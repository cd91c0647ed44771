import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { SettingsService } from "../settings/index.js";

/** What every assessment use case is given first. */
export interface AssessmentDeps {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  now: () => Date;
}

/** What the composition root passes; the clock is the real one unless a caller gives its own. */
export type AssessmentOptions = Omit<AssessmentDeps, "now"> & { now?: () => Date };

export function assessmentDeps(options: AssessmentOptions): AssessmentDeps {
  return { ...options, now: options.now ?? (() => new Date()) };
}
