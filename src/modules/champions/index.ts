// The champions area's public face: what the app and other areas may use of it.
export { championsRoutes } from "./routes.js";
export { createChampionsService } from "./service.js";
export type { ChampionsService } from "./service.js";
