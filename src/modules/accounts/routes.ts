import { Router } from "express";
import type { Config } from "../../config.js";
import { requireSignIn } from "../../platform/auth.js";
import type { Db } from "../../platform/db/index.js";
import { saveProfile, showAccount, showProfile } from "./pages/account.js";
import { changeEmailTooOften, confirmEmailChange, requestEmailChange, showChangeEmail } from "./pages/change-email.js";
import { changePassword, changePasswordTooOften, showChangePassword } from "./pages/change-password.js";
import {
  requestPasswordReset,
  resetPassword,
  resetTooOften,
  showForgottenPassword,
  showResetDone,
  showResetPassword,
  showResetRequested,
} from "./pages/forgotten-password.js";
import { showSignedOut, showSignIn, signIn, signInTooOften, signOut, type SignInDeps } from "./pages/sign-in.js";
import { resendTooOften, resendVerification, verifyEmail } from "./pages/verification.js";
import { formRateLimit } from "./rate-limits.js";
import type { AccountsService } from "./service.js";

// The browser tests read the cookie's name from here.
export { SESSION_COOKIE } from "./session-cookie.js";

export interface AccountsRoutesDeps extends SignInDeps {
  config: Config;
  prisma: Db;
  accounts: AccountsService;
}

export function accountsRoutes(deps: AccountsRoutesDeps): Router {
  const router = Router();
  const { config } = deps;
  const limit = (prefix: string, render: Parameters<typeof formRateLimit>[2]) => formRateLimit(deps, prefix, render);

  router
    .route("/sign-in")
    .get(showSignIn())
    .post(limit("sign-in-ip", signInTooOften(config)), signIn(deps));
  router.post("/sign-out", signOut());
  router.get("/signed-out", showSignedOut());

  router.get("/verify-email/:token", verifyEmail(deps));
  const resendLimiter = limit("resend-verification-ip", resendTooOften(config));
  router.post("/account/resend-verification", requireSignIn, resendLimiter, resendVerification(deps));

  router
    .route("/forgotten-password")
    .get(showForgottenPassword())
    .post(limit("password-reset-ip", resetTooOften(config)), requestPasswordReset(deps));
  router.get("/forgotten-password/check-your-email", showResetRequested());
  router.route("/reset-password/:token").get(showResetPassword(deps)).post(resetPassword(deps));
  router.get("/reset-password-done", showResetDone());

  // The signed-in person's own account
  router.get("/account", requireSignIn, showAccount(deps));
  router.route("/account/profile").get(requireSignIn, showProfile(deps)).post(requireSignIn, saveProfile(deps));
  router.get("/account/password", requireSignIn, showChangePassword());
  const passwordLimiter = limit("change-password-ip", changePasswordTooOften(config));
  router.post("/account/password", requireSignIn, passwordLimiter, changePassword(deps));
  router.get("/account/email", requireSignIn, showChangeEmail());
  const emailLimiter = limit("change-email-ip", changeEmailTooOften(config));
  router.post("/account/email", requireSignIn, emailLimiter, requestEmailChange(deps));
  router.get("/confirm-email/:token", confirmEmailChange(deps));

  return router;
}
