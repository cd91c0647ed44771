import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";

/** What the charter area's use cases run on. */
export interface CharterDeps {
  prisma: Db;
  mailer: Mailer;
  now: Clock;
}
