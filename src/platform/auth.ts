import type { Request, RequestHandler } from "express";
import type { RoleValue } from "./db/index.js";
import { forbidden } from "./errors.js";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface User {
      id: string;
      email: string;
      fullName: string;
      role: RoleValue;
      /** False until the person has followed the link sent to their email address. */
      emailVerified: boolean;
    }
  }
}

/** Only a path on this site, so that a sign-in link cannot send people elsewhere. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes are read by some browsers as "//".
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

function signInRedirect(req: Request): string {
  const back = req.method === "GET" ? req.originalUrl : (req.get("referer") ?? "/");
  let path = "/";
  try {
    const url = new URL(back, "http://portal.invalid");
    if (url.host === "portal.invalid" || back.startsWith("/")) path = url.pathname + url.search;
  } catch {
    path = "/";
  }
  return `/sign-in?returnTo=${encodeURIComponent(safeReturnPath(path))}`;
}

/**
 * The person signed in, for a handler behind requireSignIn or requireRole. Reaching it without
 * one is a mistake in the routes, not in the request, so it fails loudly.
 */
export function signedInUser(req: Request): Express.User {
  if (!req.user)
    throw new Error(`${req.method} ${req.path} needs a signed-in person but its route does not require one`);
  return req.user;
}

/** Who is acting, as the use cases check and record it. */
export interface Actor {
  id: string;
  fullName: string;
}

export function actorOf(req: Request): Actor {
  const user = signedInUser(req);
  return { id: user.id, fullName: user.fullName };
}

export const requireSignIn: RequestHandler = (req, res, next) => {
  if (req.user) return next();
  res.redirect(303, signInRedirect(req));
};

export function requireRole(...roles: RoleValue[]): RequestHandler {
  return (req, res, next) => {
    if (!req.user) return res.redirect(303, signInRedirect(req));
    if (!roles.includes(req.user.role)) return next(forbidden());
    next();
  };
}
