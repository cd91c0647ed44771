// The organisation area's use cases for its members, gathered into the service the composition
// root builds.
import { cancelInvitation, pendingInvitationForOwner } from "./cancel-invitation.js";
import type { OrganisationsDeps } from "./deps.js";
import { detailsForOwner, update } from "./edit-details.js";
import { invite } from "./invite.js";
import { listForUser, page } from "./organisation-page.js";
import { memberForOwner } from "./queries.js";
import { removeMember, transferOwnership } from "./member-changes.js";
import type { OrganisationDetails } from "./schemas.js";

// Every refusal answers null or false, which the routes turn into 404: whether an organisation
// exists is not told to people who are not its members.
export function createOrganisationsService(deps: OrganisationsDeps) {
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
      memberForOwner(deps.prisma, userId, organisationId, memberId),
    removeMember: (userId: string, organisationId: string, memberId: string) =>
      removeMember(deps, { userId, organisationId, memberId }),
    transferOwnership: (userId: string, organisationId: string, memberId: string) =>
      transferOwnership(deps, { userId, organisationId, memberId }),
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
