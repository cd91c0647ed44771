import type { Request, RequestHandler, Response } from "express";

/**
 * A public page may be kept by shared caches only when nothing on it depends on the visitor: no
 * one is signed in and no session exists. Otherwise it is private to the browser.
 */
export function setPublicCacheHeaders(req: Request, res: Response): void {
  res.vary("Cookie");
  const personal = Boolean(req.user) || Boolean(req.headers.cookie?.includes("svp.sid="));
  res.set("Cache-Control", personal ? "private, no-cache" : "public, max-age=300");
}

/** For pages with personal data on them: no copy is kept by the browser or any cache. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set("Cache-Control", "no-store");
  next();
};
