import type { RequestHandler } from "express";
import { parseDashboardQuery } from "../schemas.js";
import type { DashboardService } from "../service.js";
import { mapView } from "../view.js";
import { validYear, yearItems, yearParam } from "./year-filter.js";

/** The map of the nine places, shaded by applications or by award holders. */
export function showMap(deps: { dashboard: DashboardService }): RequestHandler {
  const { dashboard } = deps;
  return async (req, res) => {
    const choices = dashboard.yearChoices();
    const query = parseDashboardQuery(req.query, choices);
    if (!query.ok) {
      return res.status(400).render("dashboard/map", {
        errors: query.errors,
        yearItems: yearItems(choices, validYear(dashboard, query.raw.year)),
        shade: query.raw.shade === "awards" ? "awards" : "applications",
      });
    }
    const figures = await dashboard.placeFigures(query.data.year);
    res.render("dashboard/map", {
      figures,
      ...mapView(figures, query.data.shade),
      shade: query.data.shade,
      yearItems: yearItems(choices, query.data.year),
      allYears: query.data.year === null,
      yearParam: yearParam(query.data.year),
    });
  };
}
