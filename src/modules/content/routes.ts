import { CRITERIA } from "../programme/index.js";
import { Router } from "express";
import type { FileStorage } from "../../platform/storage.js";
import type { SettingsService } from "../settings/index.js";
import { downloadFile, showAwardStart, showGuides, showPage, showSystemPage } from "./pages/public-pages.js";
import type { ContentService } from "./service.js";

/** Public pages and guides written by the programme lead. */
export function contentRoutes(deps: {
  content: ContentService;
  settings: SettingsService;
  storage: FileStorage;
}): Router {
  const router = Router();
  const { settings } = deps;

  router.get("/", showSystemPage(deps, "home", "content/home"));
  router.get("/social-value", showSystemPage(deps, "social-value"));
  router.get(
    "/award",
    showSystemPage(deps, "award", "content/award", async () => ({
      award: await settings.get("award"),
      criteria: CRITERIA,
    })),
  );
  router.get(
    "/contact",
    showSystemPage(deps, "contact", "content/contact", async () => ({ contact: await settings.get("contact") })),
  );
  router.get("/accessibility", showSystemPage(deps, "accessibility"));
  // The retention periods come from the same settings the jobs apply, so the notice cannot disagree.
  router.get(
    "/privacy",
    showSystemPage(deps, "privacy", "content/privacy", async () => ({ retention: await settings.get("retention") })),
  );
  router.get("/cookies", showSystemPage(deps, "cookies"));
  router.get("/award/start", showAwardStart());

  router.get("/guides", showGuides(deps));
  router.get("/guides/:slug", showPage(deps, "GUIDE"));
  router.get("/guides/:slug/files/:id", downloadFile(deps, "GUIDE", "not-found"));
  router.get("/pages/:slug", showPage(deps, "PAGE"));
  router.get("/pages/:slug/files/:id", downloadFile(deps, "PAGE", "not-found"));

  // Files on system pages (a form on the award page, say).
  router.get("/:slug/files/:id", downloadFile(deps, "PAGE", "next"));
  return router;
}
