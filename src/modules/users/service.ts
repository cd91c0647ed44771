import { recordAudit } from "../../platform/audit.js";
import type { Db, RoleValue } from "../../platform/db/index.js";
import { containsText, countOf, emptySql, joinSql, sql, type Sql } from "../../platform/db/text-match.js";
import { createInvitation, type InvitationsService } from "../invitations/index.js";
import type { UserFilters } from "./schemas.js";

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
  organisations: { id: string; name: string; isOwner: boolean }[];
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
    /** Users matching the filters, a page at a time, by name. */
    async list(
      filters: UserFilters,
      page: number,
    ): Promise<{ users: UserRow[]; page: number; pages: number; total: number }> {
      const conditions: Sql[] = [];
      if (filters.q) conditions.push(containsText(['"fullName"', '"email"'], filters.q));
      if (filters.role) conditions.push(sql`CAST("role" AS TEXT) = ${filters.role}`);
      if (filters.status) conditions.push(filters.status === "active" ? sql`"active" = TRUE` : sql`"active" = FALSE`);
      const where = conditions.length > 0 ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
      const total = countOf(
        await prisma.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM "User" ${where}`,
      );
      const pages = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
      const current = Math.min(Math.max(1, page), pages);
      const ids = await prisma.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "User" ${where}
        ORDER BY "fullName" ASC, "id" ASC
        LIMIT ${USERS_PER_PAGE} OFFSET ${(current - 1) * USERS_PER_PAGE}`;
      const rows = await prisma.user.findMany({ where: { id: { in: ids.map((row) => row.id) } } });
      const byId = new Map(rows.map((u) => [u.id, u]));
      const users = ids.flatMap((row) => {
        const u = byId.get(row.id);
        return u
          ? [
              {
                id: u.id,
                fullName: u.fullName,
                email: u.email,
                role: u.role,
                active: u.active,
                emailVerified: u.emailVerifiedAt !== null,
              },
            ]
          : [];
      });
      return { users, page: current, pages, total };
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
        organisations: user.memberships.map((m) => ({
          id: m.organisationId,
          name: m.organisation.name,
          isOwner: m.isOwner,
        })),
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
