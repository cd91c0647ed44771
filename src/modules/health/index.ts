// The health area's public face: what the app and other areas may use of it.
export { healthRoutes } from "./routes.js";
