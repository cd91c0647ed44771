import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { InvitationsService } from "../invitations/index.js";

/** What every use case of an organisation's own pages is given first. */
export interface OrganisationsDeps {
  prisma: Db;
  mailer: Mailer;
  invitations: InvitationsService;
  now: () => Date;
}

/** What every use case of the lead's organisation pages is given first. */
export interface OrganisationsAdminDeps {
  prisma: Db;
  now: () => Date;
}

const clock = () => new Date();

export function organisationsDeps(prisma: Db, mailer: Mailer, invitations: InvitationsService): OrganisationsDeps {
  return { prisma, mailer, invitations, now: clock };
}

export function organisationsAdminDeps(prisma: Db): OrganisationsAdminDeps {
  return { prisma, now: clock };
}
