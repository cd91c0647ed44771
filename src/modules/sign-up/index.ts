// The sign-up area's public face: what the app and other areas may use of it.
export { signUpRoutes } from "./routes.js";
export { createSignUpService } from "./service.js";
export type { SignUpService } from "./service.js";
