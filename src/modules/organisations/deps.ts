import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { Random } from "../../platform/random.js";
import type { InvitationsService } from "../invitations/index.js";

/** What every use case of an organisation's own pages is given first. */
export interface OrganisationsDeps {
  prisma: Db;
  mailer: Mailer;
  invitations: InvitationsService;
  now: Clock;
  random: Random;
}

/** What every use case of the lead's organisation pages is given first. */
export interface OrganisationsAdminDeps {
  prisma: Db;
  now: Clock;
}

export type { Tx } from "../../platform/db/index.js";
