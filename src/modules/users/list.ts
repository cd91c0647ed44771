import { containsText, emptySql, joinSql, pageOfIds, sql, type Sql } from "../../platform/db/text-match.js";
import type { UsersDeps } from "./deps.js";
import type { UserFilters } from "./schemas.js";
import type { UserRow } from "./views.js";

export const USERS_PER_PAGE = 50;

function whereOf(filters: UserFilters): Sql {
  const conditions: Sql[] = [];
  if (filters.q) conditions.push(containsText(['"fullName"', '"email"'], filters.q));
  if (filters.role) conditions.push(sql`CAST("role" AS TEXT) = ${filters.role}`);
  if (filters.status) conditions.push(filters.status === "active" ? sql`"active" = TRUE` : sql`"active" = FALSE`);
  return conditions.length > 0 ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
}

/** Users matching the filters, a page at a time, by name. */
export async function list(
  { prisma }: UsersDeps,
  filters: UserFilters,
  page: number,
): Promise<{ users: UserRow[]; page: number; pages: number; total: number }> {
  const where = whereOf(filters);
  const found = await pageOfIds(
    prisma,
    { table: "User", where, orderBy: '"fullName" ASC, "id" ASC', perPage: USERS_PER_PAGE },
    page,
  );
  const rows = await prisma.user.findMany({ where: { id: { in: found.ids } } });
  const byId = new Map(rows.map((u) => [u.id, u]));
  const users = found.ids.flatMap((id) => {
    const u = byId.get(id);
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
  return { users, page: found.page, pages: found.pages, total: found.total };
}
