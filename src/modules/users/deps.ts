import type { Db } from "../../platform/db/index.js";
import type { InvitationsService } from "../invitations/index.js";

/** What every use case of the lead's account management is given first. */
export interface UsersDeps {
  prisma: Db;
  invitations: InvitationsService;
}
