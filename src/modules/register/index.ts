// The register area's public face: what the app and other areas may use of it.
export { registerRoutes } from "./routes.js";
export { createRegisterService } from "./service.js";
export type { RegisterService } from "./service.js";
