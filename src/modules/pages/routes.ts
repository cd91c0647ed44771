import { Router } from "express";

/** Fixed public pages. They hold no per-visitor data, so they can be cached. */
export function pagesRoutes(): Router {
  const router = Router();
  const page = (path: string, view: string) =>
    router.get(path, (_req, res) => {
      res.set("Cache-Control", "public, max-age=300");
      res.render(view);
    });
  page("/", "pages/home");
  page("/accessibility", "pages/accessibility");
  page("/privacy", "pages/privacy");
  page("/cookies", "pages/cookies");
  page("/contact", "pages/contact");
  return router;
}
