import { APPLICATION_STATUSES, ORGANISATION_TYPES, PLACES, THEMES } from "../programme/index.js";
import type { DashboardDeps } from "./deps.js";
import type { Period } from "./programme-year.js";
import { applicationsIn, submittedIn, submittedPerPlace } from "./queries.js";
import type { DashboardFigures } from "./types.js";

/** Applications by status in the period, and those submitted in it by theme, place and sector. */
export async function applicationFigures(
  { prisma }: DashboardDeps,
  period: Period,
): Promise<DashboardFigures["applications"]> {
  const submitted = submittedIn(period);
  const [byStatus, total, submittedCount, bySector, themeCounts, placeCounts] = await Promise.all([
    prisma.application.groupBy({ by: ["status"], where: applicationsIn(period), _count: { _all: true } }),
    prisma.application.count({ where: applicationsIn(period) }),
    prisma.application.count({ where: submitted }),
    prisma.application.groupBy({ by: ["orgType"], where: submitted, _count: { _all: true } }),
    Promise.all(
      THEMES.map((theme) =>
        prisma.application.count({
          // The theme's row is indexed; the chosen list says whether the theme is still chosen.
          where: {
            AND: [submitted, { themes: { some: { theme: theme.value } } }, { chosenThemes: { contains: theme.value } }],
          },
        }),
      ),
    ),
    submittedPerPlace(prisma, period),
  ]);
  const statusCount = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const sectorCount = (type: string) => bySector.find((row) => row.orgType === type)?._count._all ?? 0;
  const unrecorded = bySector
    .filter((row) => !ORGANISATION_TYPES.some((type) => type.value === row.orgType))
    .reduce((sum, row) => sum + row._count._all, 0);
  return {
    total,
    byStatus: APPLICATION_STATUSES.map((s) => ({ value: s.value, label: s.label, count: statusCount(s.value) })),
    submitted: submittedCount,
    byTheme: THEMES.map((theme, index) => ({ value: theme.value, label: theme.label, count: themeCounts[index]! })),
    byPlace: PLACES.map((place, index) => ({ value: place.value, label: place.label, count: placeCounts[index]! })),
    bySector: [
      ...ORGANISATION_TYPES.map((type) => ({ value: type.value, label: type.label, count: sectorCount(type.value) })),
      ...(unrecorded > 0 ? [{ value: "NOT_RECORDED", label: "Not recorded", count: unrecorded }] : []),
    ],
  };
}
