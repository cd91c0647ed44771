// The content area's public face: what the app and other areas may use of it.
export { contentAdminRoutes } from "./admin-routes.js";
export { setPageCacheHeaders, systemPage } from "./pages/public-pages.js";
export { publicPathOf } from "./paths.js";
export { contentRoutes } from "./routes.js";
export { seedContent } from "./seed.js";
export { createContentService } from "./service.js";
export type { ContentService, PublishedPage } from "./service.js";
