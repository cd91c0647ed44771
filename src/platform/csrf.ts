import type { Request, RequestHandler } from "express";
import { csrfSync } from "csrf-sync";
import { HttpError } from "./errors.js";

export interface Csrf {
  /** Refuses a state-changing request whose token does not match the one in its session. */
  protect: RequestHandler;
  /** True when the request carries the token of its session. */
  isValid(req: Request): boolean;
  /** Exposes csrfToken() to views; a session is created only when a page asks for a token. */
  exposeToken: RequestHandler;
}

export function createCsrf(): Csrf {
  const { generateToken, isRequestValid } = csrfSync({
    getTokenFromRequest: (req) => {
      const fromBody: unknown = (req.body as Record<string, unknown> | undefined)?._csrf;
      if (typeof fromBody === "string") return fromBody;
      const fromHeader = req.get("x-csrf-token");
      return typeof fromHeader === "string" ? fromHeader : undefined;
    },
  });

  const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

  return {
    isValid: (req) => Boolean(req.session) && isRequestValid(req),
    protect(req, _res, next) {
      if (SAFE_METHODS.has(req.method)) return next();
      if (req.session && isRequestValid(req)) return next();
      next(new HttpError(403, "The form you sent has expired or did not come from this site.", "csrf"));
    },
    exposeToken(req, res, next) {
      res.locals.csrfToken = () => generateToken(req);
      next();
    },
  };
}
