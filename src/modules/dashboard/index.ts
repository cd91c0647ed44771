// The dashboard area's public face: what the app and other areas may use of it.
export { dashboardRoutes } from "./routes.js";
export { createDashboardService } from "./service.js";
export type { DashboardService } from "./service.js";
