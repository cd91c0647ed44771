import { PLACES } from "../programme/index.js";
import type { DashboardDeps } from "./deps.js";
import { periodOf } from "./programme-year.js";
import { range, submittedPerPlace } from "./queries.js";
import type { PlaceFigures } from "./types.js";

/** Per place: applications submitted and awards granted in the period, for the map. */
export async function placeFigures({ prisma }: DashboardDeps, year: number | null): Promise<PlaceFigures> {
  const period = periodOf(year);
  const awardedAt = range(period);
  const [applications, awards] = await Promise.all([
    submittedPerPlace(prisma, period),
    Promise.all(
      PLACES.map((place) =>
        prisma.award.count({
          where: { ...(awardedAt ? { awardedAt } : {}), application: { orgPlaces: { contains: place.value } } },
        }),
      ),
    ),
  ]);
  return {
    period,
    places: PLACES.map((place, index) => ({
      value: place.value,
      label: place.label,
      applications: applications[index]!,
      awards: awards[index]!,
    })),
  };
}
