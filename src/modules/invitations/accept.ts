import { recordAudit } from "../../platform/audit.js";
import type { RoleValue } from "../../platform/db/index.js";
import type { SignedInUser } from "../accounts/index.js";
import type { InvitationsDeps, Tx } from "./deps.js";
import { claimInvitation, findInvitation, type InvitationStatus } from "./tokens.js";

/** Gives the invited user what the invitation offers: membership, or a programme role. */
async function grant(
  tx: Tx,
  invitation: { id: string; role: RoleValue; organisationId: string | null },
  user: { id: string; role: RoleValue },
): Promise<void> {
  if (invitation.organisationId) {
    await tx.membership.upsert({
      where: { userId_organisationId: { userId: user.id, organisationId: invitation.organisationId } },
      create: { userId: user.id, organisationId: invitation.organisationId, isOwner: false },
      update: {},
    });
  } else if (user.role !== invitation.role) {
    await tx.user.update({ where: { id: user.id }, data: { role: invitation.role } });
  }
  await recordAudit(tx, user.id, "invitation.accept", ["Invitation", invitation.id], {
    before: invitation.organisationId ? undefined : { role: user.role },
    after: invitation.organisationId ? { organisationId: invitation.organisationId } : { role: invitation.role },
  });
}

/** Creates the invited person's account (their email is proven by the link) and accepts. */
export async function acceptAsNewUser(
  deps: InvitationsDeps,
  token: unknown,
  input: { fullName: string; jobTitle: string; password: string },
): Promise<{ status: InvitationStatus | "account-exists"; user?: SignedInUser }> {
  const found = await findInvitation(deps, token);
  if (found.status !== "valid") return { status: found.status };
  const row = found.row;
  const passwordHash = await deps.passwords.hash(input.password);
  try {
    return await deps.prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: row.email } })) return { status: "account-exists" as const };
      if (!(await claimInvitation(deps, tx, row.id))) return { status: "used" as const };
      const user = await tx.user.create({
        data: {
          email: row.email,
          fullName: input.fullName,
          jobTitle: input.jobTitle,
          passwordHash,
          role: row.organisationId ? "APPLICANT" : row.role,
          emailVerifiedAt: deps.now(),
        },
      });
      await recordAudit(tx, user.id, "user.sign-up", ["User", user.id, row.organisationId], {
        after: { email: user.email, fullName: user.fullName, jobTitle: user.jobTitle, role: user.role },
      });
      await grant(tx, row, user);
      return {
        status: "valid" as const,
        user: { id: user.id, email: user.email, fullName: user.fullName, role: user.role, emailVerified: true },
      };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { status: "account-exists" };
    throw error;
  }
}

/** Accepts for a signed-in person whose email is the invited one. */
export async function acceptAsSignedInUser(
  deps: InvitationsDeps,
  token: unknown,
  userId: string,
): Promise<{ status: InvitationStatus | "wrong-account" | "not-applicant"; organisationId?: string | null }> {
  const found = await findInvitation(deps, token);
  if (found.status !== "valid") return { status: found.status };
  const row = found.row;
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.email !== row.email) return { status: "wrong-account" };
  if (row.organisationId && user.role !== "APPLICANT") return { status: "not-applicant" };
  return deps.prisma.$transaction(async (tx) => {
    if (!(await claimInvitation(deps, tx, row.id))) return { status: "used" as const };
    await grant(tx, row, user);
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: deps.now() } });
    }
    return { status: "valid" as const, organisationId: row.organisationId };
  });
}
