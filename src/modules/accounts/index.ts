// The accounts area's public face: what the app and other areas may use of it.
export { seedDemoData } from "./demo-seed.js";
export { createPassport } from "./passport.js";
export { SESSION_COOKIE, accountsRoutes, formRateLimit, renderTokenProblem } from "./routes.js";
export { fullName, jobTitle } from "./schemas.js";
export {
  VERIFY_EMAIL_HOURS,
  changedFields,
  createAccountsService,
  issueAccountToken,
  sendVerification,
} from "./service.js";
export type { AccountsService, SignedInUser } from "./service.js";
