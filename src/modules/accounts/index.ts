// The accounts area's public face: what the app and other areas may use of it.
export { changedFields } from "./changed-fields.js";
export { sendVerification } from "./notifications.js";
export { createPassport } from "./passport.js";
export { renderTokenProblem } from "./pages/token-problem.js";
export { formRateLimit } from "./rate-limits.js";
export { accountsRoutes } from "./routes.js";
export { fullName, jobTitle } from "./schemas.js";
export { createAccountsService } from "./service.js";
export type { AccountsService } from "./service.js";
export { SESSION_COOKIE } from "./session-cookie.js";
export { VERIFY_EMAIL_HOURS, issueAccountToken } from "./tokens.js";
export type { SignedInUser } from "./users.js";
