import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { showDashboard } from "./pages/dashboard.js";
import { showMap } from "./pages/map.js";
import type { DashboardService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's dashboard and map of the nine places. */
export function dashboardRoutes(deps: { dashboard: DashboardService }): Router {
  const router = Router();
  // The lead's figures are never kept in a cache.
  router.use("/admin/dashboard", requireRole("PROGRAMME_LEAD"), noStore);
  router.get("/admin/dashboard", showDashboard(deps));
  router.get("/admin/dashboard/map", showMap(deps));
  return router;
}
