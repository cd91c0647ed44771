import type { RoleValue } from "../../platform/db/index.js";
import { acceptAsNewUser, acceptAsSignedInUser } from "./accept.js";
import type { InvitationsDeps } from "./deps.js";
import { sendInvitation } from "./notifications.js";
import { viewInvitation } from "./view-invitation.js";

export function createInvitationsService(deps: InvitationsDeps) {
  return {
    view: (token: unknown) => viewInvitation(deps, token),
    acceptAsNewUser: (token: unknown, input: { fullName: string; jobTitle: string; password: string }) =>
      acceptAsNewUser(deps, token, input),
    acceptAsSignedInUser: (token: unknown, userId: string) => acceptAsSignedInUser(deps, token, userId),
    sendInvitation: (input: {
      email: string;
      token: string;
      inviterName: string;
      organisationName: string | null;
      role: RoleValue;
    }) => sendInvitation(deps, input),
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
