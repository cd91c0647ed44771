// The decisions area's public face: what the app and other areas may use of it.
export { decisionsRoutes } from "./routes.js";
export { createDecisionsService } from "./service.js";
export type { DecisionsService } from "./service.js";
