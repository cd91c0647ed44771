import type { Request, RequestHandler } from "express";
import type passport from "passport";
import type { Config } from "../../../config.js";
import { safeReturnPath } from "../../../platform/auth.js";
import { formBody, textField, validate } from "../../../platform/validation.js";
import { signInSchema } from "../schemas.js";
import { SESSION_COOKIE } from "../session-cookie.js";

const INCORRECT = "Enter a correct email address and password";

export interface SignInDeps {
  config: Config;
  passport: passport.PassportStatic;
  /** Work carried through the sign-in form (answers typed before a session ended); returns where to go. */
  afterSignIn?: (req: Request, user: Express.User, carried: unknown) => Promise<string | null>;
  /** Where a person goes after signing in when no page asked for them: their own starting point. */
  startingPoint?: (user: Express.User) => Promise<string>;
}

export function showSignIn(): RequestHandler {
  return (req, res) => {
    if (req.user) return res.redirect(303, safeReturnPath(req.query.returnTo));
    res.render("accounts/sign-in", { values: {}, returnTo: safeReturnPath(req.query.returnTo, "") });
  };
}

/** The sign-in form again when its network has tried too often. */
export function signInTooOften(config: Config): RequestHandler {
  const { windowMinutes } = config.signInRateLimit;
  return (req, res) => {
    res.status(429).render("accounts/sign-in", {
      values: { email: textField(req.body, "email") },
      returnTo: safeReturnPath(formBody(req.body).returnTo, ""),
      pendingSave: textField(req.body, "pendingSave") || undefined,
      errors: {
        email: `There have been too many attempts to sign in from your network. Wait ${windowMinutes} minutes, then try again.`,
      },
    });
  };
}

export function signIn(deps: SignInDeps): RequestHandler {
  const { accountLockoutMinutes } = deps.config.signInRateLimit;
  return (req, res, next) => {
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
          const onward = async () => {
            const carried = pendingSave && deps.afterSignIn ? await deps.afterSignIn(req, user, pendingSave) : null;
            return carried ?? (returnTo || (await deps.startingPoint?.(user)) || "/");
          };
          onward().then(
            (destination) => res.redirect(303, destination),
            (error: unknown) => next(error),
          );
        });
      },
    ) as RequestHandler;
    void authenticate(req, res, next);
  };
}

export function signOut(): RequestHandler {
  return (req, res, next) => {
    req.logout((error) => {
      if (error) return next(error);
      req.session.destroy((destroyError) => {
        if (destroyError) return next(destroyError);
        res.clearCookie(SESSION_COOKIE, { path: "/" });
        res.redirect(303, "/signed-out");
      });
    });
  };
}

export function showSignedOut(): RequestHandler {
  return (_req, res) => res.render("accounts/signed-out");
}
