// The charter area's public face: what the app and other areas may use of it.
export { charterRoutes } from "./routes.js";
export { createCharterService } from "./service.js";
export type { CharterService } from "./service.js";
