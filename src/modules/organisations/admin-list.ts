import { containsText, emptySql, joinSql, pageOfIds, sql, type Sql } from "../../platform/db/text-match.js";
import { labelOf, ORGANISATION_TYPES, PLACES } from "../programme/index.js";
import type { OrganisationRow } from "./admin-views.js";
import type { OrganisationsAdminDeps } from "./deps.js";
import type { OrganisationFilters } from "./schemas.js";

export const ORGANISATIONS_PER_PAGE = 50;

function whereOf(filters: OrganisationFilters): Sql {
  const conditions: Sql[] = [];
  if (filters.q) conditions.push(containsText(['"name"'], filters.q));
  if (filters.type) conditions.push(sql`CAST("type" AS TEXT) = ${filters.type}`);
  if (filters.place) {
    conditions.push(sql`EXISTS (SELECT 1 FROM "OrganisationPlace" AS p
          WHERE p."organisationId" = "Organisation"."id" AND CAST(p."place" AS TEXT) = ${filters.place})`);
  }
  return conditions.length > 0 ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
}

/** Organisations matching the filters, a page at a time, by name. */
export async function list(
  { prisma }: OrganisationsAdminDeps,
  filters: OrganisationFilters,
  page: number,
): Promise<{ organisations: OrganisationRow[]; page: number; pages: number; total: number }> {
  const where = whereOf(filters);
  const perPage = ORGANISATIONS_PER_PAGE;
  const found = await pageOfIds(
    prisma,
    { table: "Organisation", where, orderBy: '"name" ASC, "id" ASC', perPage },
    page,
  );
  const rows = await prisma.organisation.findMany({
    where: { id: { in: found.ids } },
    include: { places: true, _count: { select: { members: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const organisations = found.ids.flatMap((id) => {
    const org = byId.get(id);
    if (!org) return [];
    return [
      {
        id: org.id,
        name: org.name,
        typeLabel: labelOf(ORGANISATION_TYPES, org.type),
        placeLabels: PLACES.filter((p) => org.places.some((row) => row.place === p.value)).map((p) => p.label),
        memberCount: org._count.members,
      },
    ];
  });
  return { organisations, page: found.page, pages: found.pages, total: found.total };
}
