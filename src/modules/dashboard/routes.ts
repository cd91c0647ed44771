import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { showDashboard } from "./pages/dashboard.js";
import { showMap } from "./pages/map.js";
import type { DashboardService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's dashboard and map of the nine places. */
export function dashboardRoutes(deps: { dashboard: DashboardService }): Router {
  const pages = Router();
  pages.get("/", showDashboard(deps));
  pages.get("/map", showMap(deps));
  // The lead's figures are never kept in a cache.
  return Router().use("/admin/dashboard", requireRole("PROGRAMME_LEAD"), noStore, pages);
}
