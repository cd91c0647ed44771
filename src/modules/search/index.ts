// The search area's public face: what the app and other areas may use of it.
export { searchRoutes } from "./routes.js";
export { createSearchService, indexPage, removeFromIndex } from "./service.js";
export type { SearchService } from "./service.js";
