// The dev area's public face: what the app and other areas may use of it.
export { devRoutes } from "./routes.js";
