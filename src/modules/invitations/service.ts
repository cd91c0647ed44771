import type { Db, RoleValue } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import { acceptAsNewUser, acceptAsSignedInUser } from "./accept.js";
import type { InvitationsDeps } from "./deps.js";
import { sendInvitation } from "./notifications.js";
import { viewInvitation } from "./view-invitation.js";

export function createInvitationsService(
  prisma: Db,
  mailer: Mailer,
  passwords: PasswordHasher,
  now = () => new Date(),
) {
  const deps: InvitationsDeps = { prisma, mailer, passwords, now };
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
