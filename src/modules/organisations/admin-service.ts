import type { Db } from "../../platform/db/index.js";
import { containsText, countOf, emptySql, joinSql, sql, type Sql } from "../../platform/db/text-match.js";
import { APPLICATION_STATUSES, labelOf, ORGANISATION_TYPES, PLACES, SIZE_BANDS, THEMES } from "../programme/index.js";
import type { OrganisationFilters } from "./schemas.js";

export const ORGANISATIONS_PER_PAGE = 50;

export interface OrganisationRow {
  id: string;
  name: string;
  typeLabel: string;
  placeLabels: string[];
  memberCount: number;
}

export interface OrganisationAdminDetail {
  id: string;
  name: string;
  typeLabel: string;
  registrationNumber: string;
  address: string[];
  placeLabels: string[];
  sizeBandLabel: string;
  website: string;
  createdAt: Date;
  members: {
    userId: string;
    fullName: string;
    email: string;
    jobTitle: string;
    isOwner: boolean;
    active: boolean;
    since: Date;
  }[];
  applications: {
    id: string;
    reference: string | null;
    status: string;
    statusLabel: string;
    themeLabels: string[];
    createdAt: Date;
    submittedAt: Date | null;
    /** The lead's page exists once an application has been submitted. */
    leadPage: boolean;
  }[];
  awards: {
    id: string;
    reference: string | null;
    themeLabels: string[];
    awardedAt: Date;
    expiresAt: Date;
    state: "CURRENT" | "EXPIRED" | "REVOKED";
    listedOnRegister: boolean;
  }[];
}

const themeLabels = (list: string) =>
  list
    .split(",")
    .filter(Boolean)
    .map((theme) => labelOf(THEMES, theme));

/** The programme lead's view of every organisation. */
export function createOrganisationsAdminService(prisma: Db) {
  return {
    async list(
      filters: OrganisationFilters,
      page: number,
    ): Promise<{ organisations: OrganisationRow[]; page: number; pages: number; total: number }> {
      const conditions: Sql[] = [];
      if (filters.q) conditions.push(containsText(['"name"'], filters.q));
      if (filters.type) conditions.push(sql`CAST("type" AS TEXT) = ${filters.type}`);
      if (filters.place) {
        conditions.push(sql`EXISTS (SELECT 1 FROM "OrganisationPlace" AS p
          WHERE p."organisationId" = "Organisation"."id" AND CAST(p."place" AS TEXT) = ${filters.place})`);
      }
      const where = conditions.length > 0 ? sql`WHERE ${joinSql(conditions, " AND ")}` : emptySql;
      const total = countOf(
        await prisma.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM "Organisation" ${where}`,
      );
      const pages = Math.max(1, Math.ceil(total / ORGANISATIONS_PER_PAGE));
      const current = Math.min(Math.max(1, page), pages);
      const ids = await prisma.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Organisation" ${where}
        ORDER BY "name" ASC, "id" ASC
        LIMIT ${ORGANISATIONS_PER_PAGE} OFFSET ${(current - 1) * ORGANISATIONS_PER_PAGE}`;
      const rows = await prisma.organisation.findMany({
        where: { id: { in: ids.map((row) => row.id) } },
        include: { places: true, _count: { select: { members: true } } },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const organisations = ids.flatMap(({ id }) => {
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
      return { organisations, page: current, pages, total };
    },

    async detail(organisationId: string, now = new Date()): Promise<OrganisationAdminDetail | null> {
      if (typeof organisationId !== "string" || organisationId.length > 64) return null;
      const org = await prisma.organisation.findUnique({
        where: { id: organisationId },
        include: {
          places: true,
          members: { include: { user: true }, orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }] },
          applications: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
          awards: { include: { application: { select: { reference: true } } }, orderBy: { awardedAt: "desc" } },
        },
      });
      if (!org) return null;
      return {
        id: org.id,
        name: org.name,
        typeLabel: labelOf(ORGANISATION_TYPES, org.type),
        registrationNumber: org.registrationNumber ?? "",
        address: [org.addressLine1, org.addressLine2, org.town, org.postcode].filter(Boolean),
        placeLabels: PLACES.filter((p) => org.places.some((row) => row.place === p.value)).map((p) => p.label),
        sizeBandLabel: labelOf(SIZE_BANDS, org.sizeBand),
        website: org.website ?? "",
        createdAt: org.createdAt,
        members: org.members.map((m) => ({
          userId: m.userId,
          fullName: m.user.fullName,
          email: m.user.email,
          jobTitle: m.user.jobTitle,
          isOwner: m.isOwner,
          active: m.user.active,
          since: m.createdAt,
        })),
        applications: org.applications.map((a) => ({
          id: a.id,
          reference: a.reference,
          status: a.status,
          statusLabel: labelOf(APPLICATION_STATUSES, a.status),
          themeLabels: themeLabels(a.chosenThemes),
          createdAt: a.createdAt,
          submittedAt: a.submittedAt,
          leadPage: a.status !== "DRAFT",
        })),
        awards: org.awards.map((award) => ({
          id: award.id,
          reference: award.application.reference,
          themeLabels: themeLabels(award.themes),
          awardedAt: award.awardedAt,
          expiresAt: award.expiresAt,
          state:
            award.status === "REVOKED"
              ? "REVOKED"
              : award.status === "EXPIRED" || award.expiresAt <= now
                ? "EXPIRED"
                : "CURRENT",
          listedOnRegister: award.listedOnRegister,
        })),
      };
    },
  };
}

export type OrganisationsAdminService = ReturnType<typeof createOrganisationsAdminService>;
