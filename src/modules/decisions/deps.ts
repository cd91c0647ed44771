import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { Random } from "../../platform/random.js";
import type { SettingsService } from "../settings/index.js";

/** What the decisions area's use cases run on. */
export interface DecisionsDeps {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  now: Clock;
  random: Random;
}

/** The answer of a use case whose rules do not allow what was asked, with the reason to show. */
export type Refused = { refused: string };
