import { Router, type Request, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type passport from "passport";
import type { Config } from "../../config.js";
import { requireSignIn, safeReturnPath } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import type { Db } from "../../platform/db/index.js";
import { DatabaseRateLimitStore } from "../../platform/rate-limit-store.js";
import { formBody, textField, validate } from "../../platform/validation.js";
import { signInSchema } from "./schemas.js";
import { createAccountQueries } from "./service.js";

const INCORRECT = "Enter a correct email address and password";

export interface AccountsRoutesDeps {
  config: Config;
  prisma: Db;
  passport: passport.PassportStatic;
  /** Work carried through the sign-in form (answers typed before a session ended); returns where to go. */
  afterSignIn?: (req: Request, user: Express.User, carried: unknown) => Promise<string | null>;
}

export function accountsRoutes(deps: AccountsRoutesDeps): Router {
  const router = Router();
  const { windowMinutes, attemptsPerIp } = deps.config.signInRateLimit;

  const signInLimiter: RequestHandler = rateLimit({
    windowMs: windowMinutes * 60_000,
    limit: attemptsPerIp,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(deps.prisma, "sign-in-ip"),
    handler(req, res) {
      res.status(429).render("accounts/sign-in", {
        values: { email: textField(req.body, "email") },
        returnTo: safeReturnPath(formBody(req.body).returnTo, ""),
        errors: {
          email: `There have been too many attempts to sign in from your network. Wait ${windowMinutes} minutes, then try again.`,
        },
      });
    },
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
    const authenticate = deps.passport.authenticate("local", (error: unknown, user: Express.User | false) => {
      if (error) return next(error);
      if (!user) {
        return res
          .status(400)
          .render("accounts/sign-in", { values: { email }, returnTo, pendingSave, errors: { email: INCORRECT } });
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
    }) as RequestHandler;
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

  const queries = createAccountQueries(deps.prisma);
  router.get("/account", requireSignIn, async (req, res, next) => {
    const account = await queries.summary(req.user!.id);
    if (!account) return next(notFound());
    res.set("Cache-Control", "no-store").render("accounts/account", { account });
  });

  return router;
}

export const SESSION_COOKIE = "svp.sid";
