import {
  labelOf,
  ORGANISATION_TYPES,
  PLACES,
  type OrganisationTypeValue,
  type PlaceValue,
} from "../programme/index.js";
import type { CharterDeps } from "./deps.js";

const PUBLIC_PAGE_SIZE = 50;

/** Approved signatories, newest first, optionally by sector (organisation type) and place. */
export async function signatories(
  deps: CharterDeps,
  filter: { sector?: OrganisationTypeValue; place?: PlaceValue; page: number },
) {
  const where = {
    status: "APPROVED" as const,
    organisation: {
      // An erased organisation still counts in the programme's figures, but is not listed.
      erasedAt: null,
      ...(filter.sector ? { type: filter.sector } : {}),
      ...(filter.place ? { places: { some: { place: filter.place } } } : {}),
    },
  };
  const total = await deps.prisma.charterSignature.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await deps.prisma.charterSignature.findMany({
    where,
    orderBy: [{ signedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * PUBLIC_PAGE_SIZE,
    take: PUBLIC_PAGE_SIZE,
    include: { organisation: { include: { places: true } } },
  });
  return {
    total,
    page,
    pageCount,
    items: rows.map((row) => ({
      id: row.id,
      organisation: row.organisation.name,
      sector: labelOf(ORGANISATION_TYPES, row.organisation.type),
      places: row.organisation.places.map((p) => labelOf(PLACES, p.place)).sort(),
      signedAt: row.signedAt,
      pledge: row.pledge,
    })),
  };
}
