import { recordAudit } from "../../platform/audit.js";
import type { Db, RoleValue } from "../../platform/db/index.js";
import { createInvitation, type InvitationsService } from "../invitations/service.js";

export const USERS_PER_PAGE = 50;

export interface UserRow {
  id: string;
  fullName: string;
  email: string;
  role: RoleValue;
  active: boolean;
  emailVerified: boolean;
}

export interface UserDetail extends UserRow {
  jobTitle: string;
  createdAt: Date;
  lastSignInAt: Date | null;
  organisations: { name: string; isOwner: boolean }[];
  isSelf: boolean;
}

export type UserChangeResult = "done" | "not-found" | "last-lead" | "self" | "owner";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** True when an active lead other than userId remains. */
async function anotherActiveLead(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { role: "PROGRAMME_LEAD", active: true, id: { not: userId } } })) > 0;
}

export function createUsersService(prisma: Db, invitations: InvitationsService) {
  // Serializable, so that two leads demoting each other at the same moment cannot leave none.
  const serializable = { isolationLevel: "Serializable" as const };

  return {
    async list(page: number): Promise<{ users: UserRow[]; page: number; pages: number; total: number }> {
      const total = await prisma.user.count();
      const pages = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
      const current = Math.min(Math.max(1, page), pages);
      const users = await prisma.user.findMany({
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        skip: (current - 1) * USERS_PER_PAGE,
        take: USERS_PER_PAGE,
      });
      return {
        users: users.map((u) => ({
          id: u.id,
          fullName: u.fullName,
          email: u.email,
          role: u.role,
          active: u.active,
          emailVerified: u.emailVerifiedAt !== null,
        })),
        page: current,
        pages,
        total,
      };
    },

    async detail(actorId: string, userId: string): Promise<UserDetail | null> {
      if (typeof userId !== "string" || userId.length > 64) return null;
      const user = await prisma.user.findUnique({
        where: { id: userId },
        include: { memberships: { include: { organisation: true } } },
      });
      if (!user) return null;
      return {
        id: user.id,
        fullName: user.fullName,
        email: user.email,
        jobTitle: user.jobTitle,
        role: user.role,
        active: user.active,
        emailVerified: user.emailVerifiedAt !== null,
        createdAt: user.createdAt,
        lastSignInAt: user.lastSignInAt,
        organisations: user.memberships.map((m) => ({ name: m.organisation.name, isOwner: m.isOwner })),
        isSelf: user.id === actorId,
      };
    },

    async changeRole(actorId: string, userId: string, role: RoleValue): Promise<UserChangeResult> {
      return prisma.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId }, include: { memberships: true } });
        if (!user) return "not-found";
        if (user.role === role) return "done";
        if (user.role === "PROGRAMME_LEAD" && user.active && !(await anotherActiveLead(tx, userId))) return "last-lead";
        if (role !== "APPLICANT" && user.memberships.some((m) => m.isOwner)) return "owner";
        await tx.user.update({ where: { id: userId }, data: { role } });
        await recordAudit(tx, {
          actorId,
          action: "user.role-change",
          subjectType: "User",
          subjectId: userId,
          before: { role: user.role },
          after: { role },
        });
        return "done";
      }, serializable);
    },

    /** Deactivating ends every session of the user at once; reactivating lets them sign in again. */
    async setActive(actorId: string, userId: string, active: boolean): Promise<UserChangeResult> {
      return prisma.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId } });
        if (!user) return "not-found";
        if (user.active === active) return "done";
        if (!active && userId === actorId) return "self";
        if (!active && user.role === "PROGRAMME_LEAD" && !(await anotherActiveLead(tx, userId))) return "last-lead";
        await tx.user.update({ where: { id: userId }, data: { active } });
        if (!active) await tx.session.deleteMany({ where: { userId } });
        await recordAudit(tx, {
          actorId,
          action: active ? "user.reactivate" : "user.deactivate",
          subjectType: "User",
          subjectId: userId,
          before: { active: user.active },
          after: { active },
        });
        return "done";
      }, serializable);
    },

    /** The lead invites an assessor or another lead. The lead sees every account, so an existing one is named. */
    async inviteStaff(actorId: string, email: string, role: RoleValue): Promise<"sent" | { existingUserId: string }> {
      const existing = await prisma.user.findUnique({ where: { email } });
      if (existing) return { existingUserId: existing.id };
      const inviter = await prisma.user.findUniqueOrThrow({ where: { id: actorId } });
      const { token } = await prisma.$transaction(async (tx) => {
        const created = await createInvitation(tx, { email, role, organisationId: null, invitedById: actorId });
        await recordAudit(tx, {
          actorId,
          action: "invitation.create",
          subjectType: "Invitation",
          subjectId: created.id,
          after: { email, role },
        });
        return created;
      });
      await invitations.sendInvitation({ email, token, inviterName: inviter.fullName, organisationName: null, role });
      return "sent";
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
