import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { SettingsService } from "../settings/index.js";

/** What every assessment use case is given first. */
export interface AssessmentDeps {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  now: Clock;
}
