import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Random } from "../../platform/random.js";
import type { InvitationsService } from "../invitations/index.js";

/** What every use case of the lead's account management is given first. */
export interface UsersDeps {
  prisma: Db;
  invitations: InvitationsService;
  now: Clock;
  random: Random;
}
