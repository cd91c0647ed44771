import { Router, type Request, type RequestHandler, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import type passport from "passport";
import type { Config } from "../../config.js";
import { requireSignIn, safeReturnPath, signedInUser } from "../../platform/auth.js";
import type { Db } from "../../platform/db/index.js";
import { notFound } from "../../platform/errors.js";
import { DatabaseRateLimitStore } from "../../platform/rate-limit-store.js";
import { formBody, formValues, textField, validate } from "../../platform/validation.js";
import {
  changeEmailSchema,
  changePasswordSchema,
  forgottenPasswordSchema,
  profileSchema,
  resetPasswordSchema,
  signInSchema,
} from "./schemas.js";
import type { AccountsService, TokenStatus } from "./service.js";

const INCORRECT = "Enter a correct email address and password";

/** A per-address limit on a form that sends email or checks a password, counted in the database. */
export function formRateLimit(deps: { config: Config; prisma: Db }, prefix: string, render: RequestHandler) {
  const { windowMinutes, attemptsPerIp } = deps.config.signInRateLimit;
  return rateLimit({
    windowMs: windowMinutes * 60_000,
    limit: attemptsPerIp,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(deps.prisma, prefix),
    handler: render,
  });
}

export interface AccountsRoutesDeps {
  config: Config;
  prisma: Db;
  passport: passport.PassportStatic;
  accounts: AccountsService;
  /** Work carried through the sign-in form (answers typed before a session ended); returns where to go. */
  afterSignIn?: (req: Request, user: Express.User, carried: unknown) => Promise<string | null>;
}

export function accountsRoutes(deps: AccountsRoutesDeps): Router {
  const router = Router();
  const { accounts } = deps;
  const { windowMinutes, accountLockoutMinutes } = deps.config.signInRateLimit;
  const tooManyFromNetwork = `There have been too many attempts from your network. Wait ${windowMinutes} minutes, then try again.`;

  const signInLimiter = formRateLimit(deps, "sign-in-ip", (req, res) => {
    res.status(429).render("accounts/sign-in", {
      values: { email: textField(req.body, "email") },
      returnTo: safeReturnPath(formBody(req.body).returnTo, ""),
      pendingSave: textField(req.body, "pendingSave") || undefined,
      errors: {
        email: `There have been too many attempts to sign in from your network. Wait ${windowMinutes} minutes, then try again.`,
      },
    });
  });

  router.get("/sign-in", (req, res) => {
    if (req.user) return res.redirect(303, safeReturnPath(req.query.returnTo));
    res.render("accounts/sign-in", { values: {}, returnTo: safeReturnPath(req.query.returnTo, "") });
  });

  router.post("/sign-in", signInLimiter, (req, res, next) => {
    const returnTo = safeReturnPath(formBody(req.body).returnTo, "");
    const email = textField(req.body, "email");
    const pendingSave = textField(req.body, "pendingSave") || undefined;
    const input = validate(signInSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("accounts/sign-in", { values: { email }, returnTo, pendingSave, errors: input.errors });
    }
    const authenticate = deps.passport.authenticate(
      "local",
      (error: unknown, user: Express.User | false, info?: { message?: string }) => {
        if (error) return next(error);
        if (!user) {
          const locked = info?.message === "locked";
          return res.status(locked ? 429 : 400).render("accounts/sign-in", {
            values: { email },
            returnTo,
            pendingSave,
            errors: {
              email: locked
                ? `There have been too many unsuccessful attempts to sign in to this account. Wait ${accountLockoutMinutes} minutes, then try again, or reset your password.`
                : INCORRECT,
            },
          });
        }
        // Passport regenerates the session on log-in, so a session id known before sign-in is useless after it.
        req.logIn(user, (loginError) => {
          if (loginError) return next(loginError);
          if (!pendingSave || !deps.afterSignIn) return res.redirect(303, returnTo || "/");
          deps.afterSignIn(req, user, pendingSave).then(
            (destination) => res.redirect(303, destination ?? (returnTo || "/")),
            (error: unknown) => next(error),
          );
        });
      },
    ) as RequestHandler;
    void authenticate(req, res, next);
  });

  router.post("/sign-out", (req, res, next) => {
    req.logout((error) => {
      if (error) return next(error);
      req.session.destroy((destroyError) => {
        if (destroyError) return next(destroyError);
        res.clearCookie(SESSION_COOKIE, { path: "/" });
        res.redirect(303, "/signed-out");
      });
    });
  });

  router.get("/signed-out", (_req, res) => res.render("accounts/signed-out"));

  // Email verification

  router.get("/verify-email/:token", async (req, res) => {
    const { status } = await accounts.verifyEmail(req.params.token);
    res.set("Cache-Control", "no-store");
    if (status === "valid") return res.render("accounts/email-verified");
    renderTokenProblem(res, status, "verify");
  });

  const resendLimiter = formRateLimit(deps, "resend-verification-ip", (_req, res) => {
    res.status(429).render("errors/problem", { status: 429, message: tooManyFromNetwork });
  });

  router.post("/account/resend-verification", requireSignIn, resendLimiter, async (req, res) => {
    const result = await accounts.resendVerification(signedInUser(req).id);
    res.redirect(303, result === "sent" ? "/account?sent=verification" : "/account");
  });

  // Forgotten password

  router.get("/forgotten-password", (_req, res) => {
    res.render("accounts/forgotten-password", { values: {} });
  });

  const resetLimiter = formRateLimit(deps, "password-reset-ip", (req, res) => {
    res.status(429).render("accounts/forgotten-password", {
      values: { email: textField(req.body, "email") },
      errors: { email: tooManyFromNetwork },
    });
  });

  router.post("/forgotten-password", resetLimiter, async (req, res) => {
    const input = validate(forgottenPasswordSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("accounts/forgotten-password", { values: formValues(req.body), errors: input.errors });
    }
    await accounts.requestPasswordReset(input.data.email);
    res.redirect(303, "/forgotten-password/check-your-email");
  });

  router.get("/forgotten-password/check-your-email", (_req, res) => {
    res.render("accounts/reset-requested");
  });

  router.get("/reset-password/:token", async (req, res) => {
    const status = await accounts.checkResetToken(req.params.token);
    res.set("Cache-Control", "no-store");
    if (status !== "valid") return renderTokenProblem(res, status, "reset");
    res.render("accounts/reset-password", { token: req.params.token });
  });

  router.post("/reset-password/:token", async (req, res) => {
    const input = validate(resetPasswordSchema, req.body);
    if (!input.ok) {
      const status = await accounts.checkResetToken(req.params.token);
      if (status !== "valid") return renderTokenProblem(res, status, "reset");
      return res.status(400).render("accounts/reset-password", { token: req.params.token, errors: input.errors });
    }
    const { status } = await accounts.resetPassword(req.params.token, input.data.password);
    if (status !== "valid") return renderTokenProblem(res, status, "reset");
    // Every session of the account has ended, this one included.
    req.logout(() => res.redirect(303, "/reset-password-done"));
  });

  router.get("/reset-password-done", (_req, res) => res.render("accounts/password-reset-done"));

  // The signed-in person's own account

  router.get("/account", requireSignIn, async (req, res, next) => {
    const account = await accounts.summary(signedInUser(req).id);
    if (!account) return next(notFound());
    res.set("Cache-Control", "no-store").render("accounts/account", { account, notice: notice(req) });
  });

  router.get("/account/profile", requireSignIn, async (req, res, next) => {
    const account = await accounts.summary(signedInUser(req).id);
    if (!account) return next(notFound());
    res.render("accounts/profile", { values: { fullName: account.fullName, jobTitle: account.jobTitle } });
  });

  router.post("/account/profile", requireSignIn, async (req, res) => {
    const input = validate(profileSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("accounts/profile", { values: formValues(req.body), errors: input.errors });
    }
    await accounts.updateProfile(signedInUser(req).id, input.data);
    res.redirect(303, "/account?updated=profile");
  });

  router.get("/account/password", requireSignIn, (_req, res) => res.render("accounts/change-password"));

  const passwordLimiter = formRateLimit(deps, "change-password-ip", (_req, res) => {
    res.status(429).render("accounts/change-password", { errors: { currentPassword: tooManyFromNetwork } });
  });

  router.post("/account/password", requireSignIn, passwordLimiter, async (req, res) => {
    const input = validate(changePasswordSchema, req.body);
    if (!input.ok) return res.status(400).render("accounts/change-password", { errors: input.errors });
    const result = await accounts.changePassword(signedInUser(req).id, req.sessionID, input.data);
    if (result === "wrong-password") {
      return res
        .status(400)
        .render("accounts/change-password", { errors: { currentPassword: "Your current password is not right" } });
    }
    res.redirect(303, "/account?updated=password");
  });

  router.get("/account/email", requireSignIn, (_req, res) => res.render("accounts/change-email", { values: {} }));

  const emailLimiter = formRateLimit(deps, "change-email-ip", (req, res) => {
    res.status(429).render("accounts/change-email", {
      values: { email: textField(req.body, "email") },
      errors: { email: tooManyFromNetwork },
    });
  });

  router.post("/account/email", requireSignIn, emailLimiter, async (req, res) => {
    const values = { email: textField(req.body, "email") };
    const input = validate(changeEmailSchema, req.body);
    if (!input.ok) return res.status(400).render("accounts/change-email", { values, errors: input.errors });
    const result = await accounts.requestEmailChange(signedInUser(req).id, input.data);
    if (result === "wrong-password") {
      return res.status(400).render("accounts/change-email", {
        values,
        errors: { currentPassword: "Your current password is not right" },
      });
    }
    if (result === "same-email") {
      return res.status(400).render("accounts/change-email", {
        values,
        errors: { email: "Enter an email address that is different from the one you use now" },
      });
    }
    res.redirect(303, "/account?sent=email-change");
  });

  router.get("/confirm-email/:token", async (req, res) => {
    const { status } = await accounts.confirmEmailChange(req.params.token);
    res.set("Cache-Control", "no-store");
    if (status === "valid") return res.render("accounts/email-changed", { signedIn: Boolean(req.user) });
    if (status === "taken") {
      return res.status(409).render("accounts/token-problem", { status: "taken", journey: "email" });
    }
    renderTokenProblem(res, status, "email");
  });

  return router;
}

const NOTICES: Record<string, string> = {
  "sent=verification": "We have sent a new link to your email address. It works for 24 hours.",
  "sent=email-change": "We have sent a link to your new email address. Your email address changes when you follow it.",
  "updated=profile": "Your name and job title have been saved.",
  "updated=password": "Your password has been changed. You have been signed out everywhere else.",
};

function notice(req: Request): string | undefined {
  const key = Object.entries(req.query)
    .map(([name, value]) => `${name}=${typeof value === "string" ? value : ""}`)
    .find((pair) => pair in NOTICES);
  return key ? NOTICES[key] : undefined;
}

/** A clear page for a link that cannot be used, with what to do next. */
export function renderTokenProblem(
  res: Response,
  status: Exclude<TokenStatus, "valid">,
  journey: "verify" | "reset" | "email" | "invitation",
): void {
  res.status(status === "invalid" ? 404 : 410).render("accounts/token-problem", { status, journey });
}

export const SESSION_COOKIE = "svp.sid";
