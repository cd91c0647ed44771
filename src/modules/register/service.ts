import type { Clock } from "../../platform/clock.js";
import type { Db, Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import { ORGANISATION_TYPES, PLACES, THEMES, labelOf } from "../programme/index.js";
import type { RegisterFilters } from "./schemas.js";

export const REGISTER_PAGE_SIZE = 50;
const BATCH = 500;

export interface RegisterEntry {
  organisation: string;
  sector: string;
  places: string[];
  themes: string[];
  awarded: string;
  expires: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The public register: current awards whose holders agreed to be listed. */
export function createRegisterService({ prisma, now }: { prisma: Db; now: Clock }) {
  function where(filters: Omit<RegisterFilters, "page">): Prisma.AwardWhereInput {
    return {
      status: "CURRENT",
      listedOnRegister: true,
      expiresAt: { gt: now() },
      ...(filters.theme ? { themes: { contains: filters.theme } } : {}),
      organisation: {
        ...(filters.sector ? { type: filters.sector } : {}),
        ...(filters.place ? { places: { some: { place: filters.place } } } : {}),
      },
    };
  }

  const select = {
    id: true,
    organisationName: true,
    themes: true,
    awardedAt: true,
    expiresAt: true,
    organisation: { select: { type: true, places: { select: { place: true } } } },
  } satisfies Prisma.AwardSelect;
  type Row = Prisma.AwardGetPayload<{ select: typeof select }>;

  function entry(row: Row): RegisterEntry {
    return {
      organisation: row.organisationName,
      sector: labelOf(ORGANISATION_TYPES, row.organisation.type),
      places: PLACES.filter((p) => row.organisation.places.some((o) => o.place === p.value)).map((p) => p.label),
      themes: splitList(row.themes).map((t) => labelOf(THEMES, t)),
      awarded: isoDate(row.awardedAt),
      expires: isoDate(row.expiresAt),
    };
  }

  const orderBy: Prisma.AwardOrderByWithRelationInput[] = [{ organisationName: "asc" }, { id: "asc" }];

  return {
    async page(filters: RegisterFilters) {
      const total = await prisma.award.count({ where: where(filters) });
      const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
      const page = Math.min(filters.page, pages);
      const rows = await prisma.award.findMany({
        where: where(filters),
        orderBy,
        select,
        skip: (page - 1) * REGISTER_PAGE_SIZE,
        take: REGISTER_PAGE_SIZE,
      });
      return { entries: rows.map(entry), total, page, pages };
    },

    /** Every matching entry, fetched in batches so that memory stays flat however long the register. */
    async *all(filters: Omit<RegisterFilters, "page">): AsyncGenerator<RegisterEntry> {
      let cursor: string | undefined;
      for (;;) {
        const rows = await prisma.award.findMany({
          where: where(filters),
          orderBy,
          select,
          take: BATCH,
          ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        });
        for (const row of rows) yield entry(row);
        if (rows.length < BATCH) return;
        cursor = rows[rows.length - 1]!.id;
      }
    },
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
