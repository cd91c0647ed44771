import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { Random } from "../../platform/random.js";

/** What the invitations area's use cases run on. */
export interface InvitationsDeps {
  prisma: Db;
  mailer: Mailer;
  passwords: PasswordHasher;
  now: Clock;
  random: Random;
}

export type { Tx } from "../../platform/db/index.js";
