// The awards area's public face: what the app and other areas may use of it.
export { awardsRoutes } from "./routes.js";
export { createAwardsService } from "./service.js";
export type { AwardsService } from "./service.js";
