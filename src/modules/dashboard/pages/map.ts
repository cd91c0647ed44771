import type { RequestHandler } from "express";
import type { DashboardService } from "../service.js";
import { mapView } from "../view.js";
import { yearFilteredPage } from "./year-filter.js";

/** The map of the nine places, shaded by applications or by award holders. */
export function showMap(deps: { dashboard: DashboardService }): RequestHandler {
  return yearFilteredPage(deps, "dashboard/map", {
    async render({ year, shade }) {
      const figures = await deps.dashboard.placeFigures(year);
      return { figures, ...mapView(figures, shade), shade };
    },
    kept: (raw) => ({ shade: raw.shade === "awards" ? "awards" : "applications" }),
  });
}
