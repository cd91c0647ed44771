import { Router, type Request, type Response } from "express";
import { sendDownload } from "../../platform/downloads.js";
import { notFound } from "../../platform/errors.js";
import type { FileStorage } from "../../platform/storage.js";
import { validate } from "../../platform/validation.js";
import { setPublicCacheHeaders } from "../../platform/cache-headers.js";
import type { SettingsService } from "../settings/index.js";
import { guidesQuerySchema } from "./schemas.js";
import type { ContentKindValue, ContentService, PageView } from "./service.js";

export const isLead = (req: Request) => req.user?.role === "PROGRAMME_LEAD";

/** Cache headers for a content page: an unpublished page (seen by the lead) is never cached. */
export function setPageCacheHeaders(req: Request, res: Response, page: { published: boolean }): void {
  if (!page.published) res.set("Cache-Control", "private, no-store");
  else setPublicCacheHeaders(req, res);
}

/** A system page by slug, or 404 (for example when the lead has not published it). */
export async function systemPage(content: ContentService, req: Request, slug: string): Promise<PageView> {
  const page = await content.find("PAGE", slug, { isLead: isLead(req) });
  if (!page?.system) throw notFound();
  return page;
}

/** Public pages and guides written by the programme lead. */
export function contentRoutes(deps: {
  content: ContentService;
  settings: SettingsService;
  storage: FileStorage;
}): Router {
  const router = Router();
  const { content } = deps;

  const simple = (path: string, slug: string, view = "content/page", extra?: () => Promise<Record<string, unknown>>) =>
    router.get(path, async (req, res) => {
      const page = await systemPage(content, req, slug);
      setPageCacheHeaders(req, res, page);
      res.render(view, { page, ...(extra ? await extra() : {}) });
    });

  simple("/", "home", "content/home");
  simple("/social-value", "social-value");
  simple("/award", "award", "content/award", async () => ({ award: await deps.settings.get("award") }));
  simple("/contact", "contact", "content/contact", async () => ({ contact: await deps.settings.get("contact") }));
  simple("/accessibility", "accessibility");
  // The retention periods come from the same settings the jobs apply, so the notice cannot disagree.
  simple("/privacy", "privacy", "content/privacy", async () => ({ retention: await deps.settings.get("retention") }));
  simple("/cookies", "cookies");

  router.get("/award/start", (req, res) => {
    setPublicCacheHeaders(req, res);
    res.render("content/award-start");
  });

  router.get("/guides", async (req, res) => {
    const page = await systemPage(content, req, "guides");
    const query = validate(guidesQuerySchema, req.query);
    const library = await content.library(query.ok ? query.data.category : "");
    setPageCacheHeaders(req, res, page);
    res.render("content/guides", { page, library });
  });

  const single = (prefix: string, kind: ContentKindValue) => {
    router.get(`${prefix}/:slug`, async (req, res) => {
      const page = await content.find(kind, req.params.slug ?? "", { isLead: isLead(req) });
      if (!page || page.system) throw notFound();
      setPageCacheHeaders(req, res, page);
      res.render("content/page", { page });
    });
    router.get(`${prefix}/:slug/files/:id`, async (req, res) => {
      const found = await content.download(kind, req.params.slug ?? "", req.params.id ?? "", { isLead: isLead(req) });
      if (!found) throw notFound();
      await sendDownload(
        res,
        deps.storage,
        found.file,
        found.published && !req.user ? "public, max-age=300" : "private, no-store",
      );
    });
  };
  single("/guides", "GUIDE");
  single("/pages", "PAGE");

  // Files on system pages (a form on the award page, say).
  router.get("/:slug/files/:id", async (req, res, next) => {
    const found = await content.download("PAGE", req.params.slug ?? "", req.params.id ?? "", { isLead: isLead(req) });
    if (!found) return next();
    await sendDownload(
      res,
      deps.storage,
      found.file,
      found.published && !req.user ? "public, max-age=300" : "private, no-store",
    );
  });
  return router;
}
