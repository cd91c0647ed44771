import { Router, type Request, type Response } from "express";

/**
 * A public page may be kept by shared caches only when nothing on it depends on the visitor: no
 * one is signed in and no session exists. Otherwise it is private to the browser.
 */
export function setPublicCacheHeaders(req: Request, res: Response): void {
  res.vary("Cookie");
  const personal = Boolean(req.user) || Boolean(req.headers.cookie?.includes("svp.sid="));
  res.set("Cache-Control", personal ? "private, no-cache" : "public, max-age=300");
}

/** Fixed public pages. */
export function pagesRoutes(): Router {
  const router = Router();
  const page = (path: string, view: string) =>
    router.get(path, (req, res) => {
      setPublicCacheHeaders(req, res);
      res.render(view);
    });
  page("/", "pages/home");
  page("/accessibility", "pages/accessibility");
  page("/privacy", "pages/privacy");
  page("/cookies", "pages/cookies");
  page("/contact", "pages/contact");
  return router;
}
