import type { RoleValue } from "../../platform/db/index.js";
import type { InvitationsDeps } from "./deps.js";
import { ROLE_NAMES } from "./roles.js";
import { INVITATION_DAYS } from "./tokens.js";

/** Emails the link of an invitation just made. */
export async function sendInvitation(
  deps: InvitationsDeps,
  input: { email: string; token: string; inviterName: string; organisationName: string | null; role: RoleValue },
): Promise<void> {
  await deps.mailer.send({
    to: input.email,
    subject: input.organisationName
      ? `Join ${input.organisationName} on the Cheshire and Merseyside Social Value portal`
      : "You have been invited to the Cheshire and Merseyside Social Value portal",
    template: "invitation",
    context: {
      token: input.token,
      inviterName: input.inviterName,
      organisationName: input.organisationName,
      roleName: ROLE_NAMES[input.role],
      days: INVITATION_DAYS,
    },
  });
}
