import type { Clock } from "../../platform/clock.js";
import type { RoleValue } from "../../platform/db/index.js";
import type { Random } from "../../platform/random.js";
import { hashToken, looksLikeToken, newToken } from "../../platform/tokens.js";
import type { InvitationsDeps, Tx } from "./deps.js";

export const INVITATION_DAYS = 7;

export type InvitationStatus = "valid" | "invalid" | "expired" | "used";

/** Creates an invitation and returns the token for its link. */
export async function createInvitation(
  deps: { now: Clock; random: Random },
  tx: Tx,
  input: { email: string; role: RoleValue; organisationId: string | null; invitedById: string },
): Promise<{ id: string; token: string }> {
  const now = deps.now();
  const { token, tokenHash } = newToken(deps.random);
  const invitation = await tx.invitation.create({
    data: {
      tokenHash,
      email: input.email,
      role: input.role,
      organisationId: input.organisationId,
      invitedById: input.invitedById,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60_000),
    },
  });
  return { id: invitation.id, token };
}

/** The invitation a link's token names, and whether it can still be accepted. */
export async function findInvitation(deps: InvitationsDeps, token: unknown) {
  if (!looksLikeToken(token)) return { status: "invalid" as const, row: null };
  const row = await deps.prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organisation: true, invitedBy: true },
  });
  if (!row || row.revokedAt) return { status: "invalid" as const, row: null };
  if (row.acceptedAt) return { status: "used" as const, row };
  if (row.expiresAt.getTime() <= deps.now().getTime()) return { status: "expired" as const, row };
  return { status: "valid" as const, row };
}

/** Marks an invitation accepted; false when another request accepted it first. */
export async function claimInvitation(deps: InvitationsDeps, tx: Tx, id: string): Promise<boolean> {
  const now = deps.now();
  const claimed = await tx.invitation.updateMany({
    where: { id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  return claimed.count === 1;
}
