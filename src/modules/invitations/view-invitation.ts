import type { RoleValue } from "../../platform/db/index.js";
import type { InvitationsDeps } from "./deps.js";
import { findInvitation, type InvitationStatus } from "./tokens.js";

export interface InvitationView {
  email: string;
  role: RoleValue;
  organisationName: string | null;
  invitedBy: string | null;
  expiresAt: Date;
  /** Whether an account already uses the invited email address. */
  accountExists: boolean;
}

/** What the person following the link is invited to, while the link still works. */
export async function viewInvitation(
  deps: InvitationsDeps,
  token: unknown,
): Promise<{ status: InvitationStatus; invitation: InvitationView | null }> {
  const found = await findInvitation(deps, token);
  if (found.status !== "valid") return { status: found.status, invitation: null };
  const row = found.row;
  const account = await deps.prisma.user.findUnique({ where: { email: row.email } });
  return {
    status: "valid",
    invitation: {
      email: row.email,
      role: row.role,
      organisationName: row.organisation?.name ?? null,
      invitedBy: row.invitedBy?.fullName ?? null,
      expiresAt: row.expiresAt,
      accountExists: account !== null,
    },
  };
}
