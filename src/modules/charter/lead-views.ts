import { labelOf, ORGANISATION_TYPES, PLACES } from "../programme/index.js";
import type { CharterDeps } from "./deps.js";

/** The lead's lists of requests by status: the oldest pending first, otherwise the newest. */
export async function forLead(deps: CharterDeps, status: "PENDING" | "APPROVED" | "DECLINED" | "REMOVED") {
  return deps.prisma.charterSignature.findMany({
    where: { status },
    orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
    take: 200,
    include: { organisation: true },
  });
}

/** One request, with its organisation's sector and places, for the lead to review. */
export async function get(deps: CharterDeps, id: string) {
  const row = await deps.prisma.charterSignature.findUnique({
    where: { id },
    include: { organisation: { include: { places: true } } },
  });
  if (!row) return null;
  return {
    ...row,
    sectorLabel: labelOf(ORGANISATION_TYPES, row.organisation.type),
    placeLabels: row.organisation.places.map((p) => labelOf(PLACES, p.place)),
  };
}
