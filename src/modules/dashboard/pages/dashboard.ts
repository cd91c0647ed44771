import type { RequestHandler } from "express";
import type { DashboardService } from "../service.js";
import { dashboardView } from "../view.js";
import { yearFilteredPage } from "./year-filter.js";

/** The lead's figures for one programme year or all of them. */
export function showDashboard(deps: { dashboard: DashboardService }): RequestHandler {
  return yearFilteredPage(deps, "dashboard/index", {
    async render({ year }) {
      const figures = await deps.dashboard.figures(year);
      return { figures, ...dashboardView(figures) };
    },
  });
}
