import { programmeYearLabel } from "../programme-year.js";
import type { DashboardService } from "../service.js";

/** The year filter's choices, with the chosen one (or all years) selected. */
export function yearItems(choices: number[], selected: number | null | undefined) {
  return [
    { value: "all", text: "All years", selected: selected === null || selected === undefined },
    ...choices.map((year) => ({ value: String(year), text: programmeYearLabel(year), selected: year === selected })),
  ];
}

/** The year typed, when it was a valid one, so that a mistake in another field keeps it. */
export function validYear(dashboard: DashboardService, raw: string | undefined): number | undefined {
  return raw && dashboard.yearChoices().includes(Number(raw)) ? Number(raw) : undefined;
}

/** How the chosen year is carried into the page's links. */
export function yearParam(year: number | null): string {
  return year === null ? "all" : String(year);
}
