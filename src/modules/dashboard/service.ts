// The dashboard area's use cases gathered into the service the composition root builds.
//
// The dashboard counts only what an organisation's erasure leaves behind: statuses, dates, the
// themes chosen, the organisation's type and places as recorded on the application, decisions'
// outcomes, awards' dates and statuses, charter signatures' dates and statuses, and assignments.
// Names and answers are never read here, except the names of current assessors.
import type { DashboardDeps } from "./deps.js";
import { figures, yearChoices } from "./figures.js";
import { placeFigures } from "./place-figures.js";

/** The programme lead's figures, each computed with counts and groupings in the database. */
export function createDashboardService(deps: DashboardDeps) {
  return {
    yearChoices: () => yearChoices(deps),
    figures: (year: number | null) => figures(deps, year),
    placeFigures: (year: number | null) => placeFigures(deps, year),
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
