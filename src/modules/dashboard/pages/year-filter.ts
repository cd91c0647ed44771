import type { RequestHandler } from "express";
import { programmeYearLabel } from "../programme-year.js";
import { parseDashboardQuery, type DashboardQuery } from "../schemas.js";
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

/**
 * A page of the lead's figures for the programme year in the query. A query the page does not
 * offer gets 400 with the error beside the year filter, keeping the choices that were valid;
 * otherwise `render` gives the page's own locals for the checked query.
 */
export function yearFilteredPage(
  { dashboard }: { dashboard: DashboardService },
  view: string,
  page: {
    render: (query: DashboardQuery) => Promise<Record<string, unknown>>;
    /** What the page keeps of a query that was refused, besides the year. */
    kept?: (raw: Record<string, string>) => Record<string, unknown>;
  },
): RequestHandler {
  return async (req, res) => {
    const choices = dashboard.yearChoices();
    const query = parseDashboardQuery(req.query, choices);
    if (!query.ok) {
      const yearChoices = yearItems(choices, validYear(dashboard, query.raw.year));
      return res.status(400).render(view, { errors: query.errors, yearItems: yearChoices, ...page.kept?.(query.raw) });
    }
    const { year } = query.data;
    res.render(view, {
      ...(await page.render(query.data)),
      yearItems: yearItems(choices, year),
      allYears: year === null,
      yearParam: yearParam(year),
    });
  };
}
