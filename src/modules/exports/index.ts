// The exports area's public face: what the app and other areas may use of it.
export { exportsRoutes } from "./routes.js";
export { createExportsService } from "./service.js";
export type { ExportsService } from "./service.js";
