import type { RequestHandler } from "express";
import { parseDashboardQuery } from "../schemas.js";
import type { DashboardService } from "../service.js";
import { dashboardView } from "../view.js";
import { validYear, yearItems, yearParam } from "./year-filter.js";

/** The lead's figures for one programme year or all of them. */
export function showDashboard(deps: { dashboard: DashboardService }): RequestHandler {
  const { dashboard } = deps;
  return async (req, res) => {
    const choices = dashboard.yearChoices();
    const query = parseDashboardQuery(req.query, choices);
    if (!query.ok) {
      return res.status(400).render("dashboard/index", {
        errors: query.errors,
        yearItems: yearItems(choices, validYear(dashboard, query.raw.year)),
      });
    }
    const figures = await dashboard.figures(query.data.year);
    res.render("dashboard/index", {
      figures,
      ...dashboardView(figures),
      yearItems: yearItems(choices, query.data.year),
      allYears: query.data.year === null,
      yearParam: yearParam(query.data.year),
    });
  };
}
