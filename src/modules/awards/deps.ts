import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";

/** What the awards area's use cases run on. */
export interface AwardsDeps {
  prisma: Db;
  /** The portal's own address, for the verification link printed on a certificate. */
  baseUrl: string;
  mailer: Mailer;
  now: Clock;
}
