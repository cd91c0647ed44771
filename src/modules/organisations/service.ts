// The organisation area's use cases for its members, gathered into the service the composition
// root builds.
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { InvitationsService } from "../invitations/index.js";
import { cancelInvitation, pendingInvitationForOwner } from "./cancel-invitation.js";
import { organisationsDeps } from "./deps.js";
import { detailsForOwner, update } from "./edit-details.js";
import { invite } from "./invite.js";
import { listForUser, page } from "./organisation-page.js";
import { memberForOwner } from "./queries.js";
import { removeMember } from "./remove-member.js";
import type { OrganisationDetails } from "./schemas.js";
import { transferOwnership } from "./transfer-ownership.js";

// Every refusal answers null or false, which the routes turn into 404: whether an organisation
// exists is not told to people who are not its members.
export function createOrganisationsService(prisma: Db, mailer: Mailer, invitations: InvitationsService) {
  const deps = organisationsDeps(prisma, mailer, invitations);
  return {
    listForUser: (userId: string) => listForUser(deps, userId),
    page: (userId: string, organisationId: string) => page(deps, userId, organisationId),
    detailsForOwner: (userId: string, organisationId: string) => detailsForOwner(deps, userId, organisationId),
    update: (userId: string, organisationId: string, input: OrganisationDetails) =>
      update(deps, userId, organisationId, input),
    invite: (userId: string, organisationId: string, email: string) => invite(deps, userId, organisationId, email),
    pendingInvitationForOwner: (userId: string, organisationId: string, invitationId: string) =>
      pendingInvitationForOwner(deps, userId, organisationId, invitationId),
    cancelInvitation: (userId: string, organisationId: string, invitationId: string) =>
      cancelInvitation(deps, userId, organisationId, invitationId),
    memberForOwner: (userId: string, organisationId: string, memberId: string) =>
      memberForOwner(prisma, userId, organisationId, memberId),
    removeMember: (userId: string, organisationId: string, memberId: string) =>
      removeMember(deps, userId, organisationId, memberId),
    transferOwnership: (userId: string, organisationId: string, memberId: string) =>
      transferOwnership(deps, userId, organisationId, memberId),
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
