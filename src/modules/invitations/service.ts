import { recordAudit } from "../../platform/audit.js";
import type { Db, RoleValue } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import { hashToken, looksLikeToken, newToken } from "../../platform/tokens.js";
import type { SignedInUser } from "../accounts/index.js";

export const INVITATION_DAYS = 7;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type InvitationStatus = "valid" | "invalid" | "expired" | "used";

export interface InvitationView {
  email: string;
  role: RoleValue;
  organisationName: string | null;
  invitedBy: string | null;
  expiresAt: Date;
  /** Whether an account already uses the invited email address. */
  accountExists: boolean;
}

/** Creates an invitation and returns the token for its link. */
export async function createInvitation(
  tx: Tx,
  input: { email: string; role: RoleValue; organisationId: string | null; invitedById: string },
): Promise<{ id: string; token: string }> {
  const { token, tokenHash } = newToken();
  const invitation = await tx.invitation.create({
    data: {
      tokenHash,
      email: input.email,
      role: input.role,
      organisationId: input.organisationId,
      invitedById: input.invitedById,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60_000),
    },
  });
  return { id: invitation.id, token };
}

export function createInvitationsService(prisma: Db, mailer: Mailer, passwords: PasswordHasher) {
  async function find(token: unknown) {
    if (!looksLikeToken(token)) return { status: "invalid" as const, row: null };
    const row = await prisma.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { organisation: true, invitedBy: true },
    });
    if (!row || row.revokedAt) return { status: "invalid" as const, row: null };
    if (row.acceptedAt) return { status: "used" as const, row };
    if (row.expiresAt.getTime() <= Date.now()) return { status: "expired" as const, row };
    return { status: "valid" as const, row };
  }

  async function claim(tx: Tx, id: string): Promise<boolean> {
    const claimed = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    return claimed.count === 1;
  }

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
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      subjectType: "Invitation",
      subjectId: invitation.id,
      before: invitation.organisationId ? undefined : { role: user.role },
      after: invitation.organisationId ? { organisationId: invitation.organisationId } : { role: invitation.role },
    });
  }

  return {
    async view(token: unknown): Promise<{ status: InvitationStatus; invitation: InvitationView | null }> {
      const found = await find(token);
      if (found.status !== "valid") return { status: found.status, invitation: null };
      const row = found.row;
      const account = await prisma.user.findUnique({ where: { email: row.email } });
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
    },

    /** Creates the invited person's account (their email is proven by the link) and accepts. */
    async acceptAsNewUser(
      token: unknown,
      input: { fullName: string; jobTitle: string; password: string },
    ): Promise<{ status: InvitationStatus | "account-exists"; user?: SignedInUser }> {
      const found = await find(token);
      if (found.status !== "valid") return { status: found.status };
      const row = found.row;
      const passwordHash = await passwords.hash(input.password);
      try {
        return await prisma.$transaction(async (tx) => {
          if (await tx.user.findUnique({ where: { email: row.email } })) return { status: "account-exists" as const };
          if (!(await claim(tx, row.id))) return { status: "used" as const };
          const user = await tx.user.create({
            data: {
              email: row.email,
              fullName: input.fullName,
              jobTitle: input.jobTitle,
              passwordHash,
              role: row.organisationId ? "APPLICANT" : row.role,
              emailVerifiedAt: new Date(),
            },
          });
          await recordAudit(tx, {
            actorId: user.id,
            action: "user.sign-up",
            subjectType: "User",
            subjectId: user.id,
            organisationId: row.organisationId,
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
    },

    /** Accepts for a signed-in person whose email is the invited one. */
    async acceptAsSignedInUser(
      token: unknown,
      userId: string,
    ): Promise<{ status: InvitationStatus | "wrong-account" | "not-applicant"; organisationId?: string | null }> {
      const found = await find(token);
      if (found.status !== "valid") return { status: found.status };
      const row = found.row;
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      if (user.email !== row.email) return { status: "wrong-account" };
      if (row.organisationId && user.role !== "APPLICANT") return { status: "not-applicant" };
      return prisma.$transaction(async (tx) => {
        if (!(await claim(tx, row.id))) return { status: "used" as const };
        await grant(tx, row, user);
        if (!user.emailVerifiedAt) {
          await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
        }
        return { status: "valid" as const, organisationId: row.organisationId };
      });
    },

    async sendInvitation(input: {
      email: string;
      token: string;
      inviterName: string;
      organisationName: string | null;
      role: RoleValue;
    }): Promise<void> {
      await mailer.send({
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
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;

export const ROLE_NAMES: Record<RoleValue, string> = {
  APPLICANT: "Applicant (organisation member)",
  ASSESSOR: "Assessor",
  PROGRAMME_LEAD: "Programme lead",
};
