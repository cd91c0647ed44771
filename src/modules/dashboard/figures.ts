import { applicationFigures } from "./application-figures.js";
import { awardFigures } from "./award-figures.js";
import { charterFigures } from "./charter-figures.js";
import { decisionFigures } from "./decision-figures.js";
import type { DashboardDeps } from "./deps.js";
import { periodOf, programmeYearChoices } from "./programme-year.js";
import type { DashboardFigures } from "./types.js";
import { workloadFigures } from "./workload.js";

/** The programme years offered in the filter, newest first. */
export function yearChoices(deps: DashboardDeps): number[] {
  return programmeYearChoices(deps.now());
}

/** Every figure on the dashboard for one programme year, or for all years with null. */
export async function figures(deps: DashboardDeps, year: number | null): Promise<DashboardFigures> {
  const today = deps.now();
  const period = periodOf(year);
  const [applications, decisions, awards, charter, workload] = await Promise.all([
    applicationFigures(deps, period),
    decisionFigures(deps, period),
    awardFigures(deps, period, today),
    charterFigures(deps, period, today),
    workloadFigures(deps, today),
  ]);
  return { period, asOf: today, applications, decisions, awards, charter, workload };
}
