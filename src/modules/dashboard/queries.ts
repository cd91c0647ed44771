import type { Db, Prisma } from "../../platform/db/index.js";
import { PLACES } from "../programme/index.js";
import type { Period } from "./programme-year.js";

export type DateRange = { gte?: Date; lt?: Date };

export function range(period: Period): DateRange | undefined {
  if (!period.from || !period.to) return undefined;
  return { gte: period.from, lt: period.to };
}

/** An application belongs to the year of its latest submission, or, never submitted, of its start. */
export function applicationsIn(period: Period): Prisma.ApplicationWhereInput {
  const dates = range(period);
  if (!dates) return {};
  return { OR: [{ submittedAt: dates }, { submittedAt: null, createdAt: dates }] };
}

export function submittedIn(period: Period): Prisma.ApplicationWhereInput {
  return { submittedAt: range(period) ?? { not: null } };
}

/** Applications submitted in the period that name each place, in the order of PLACES. */
export function submittedPerPlace(prisma: Db, period: Period): Promise<number[]> {
  const submitted = submittedIn(period);
  return Promise.all(
    PLACES.map((place) =>
      prisma.application.count({ where: { AND: [submitted, { orgPlaces: { contains: place.value } }] } }),
    ),
  );
}
