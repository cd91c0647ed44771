// The site-map area's public face: what the app and other areas may use of it.
export { siteMapRoutes } from "./routes.js";
export { createSiteMapService } from "./service.js";
export type { SiteMapService } from "./service.js";
