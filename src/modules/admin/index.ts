// The admin area's public face: what the app and other areas may use of it.
export { adminRoutes } from "./routes.js";
