import type { Request, RequestHandler, Response } from "express";
import { setPublicCacheHeaders } from "../../../platform/cache-headers.js";
import { sendDownload } from "../../../platform/downloads.js";
import { notFound } from "../../../platform/errors.js";
import type { FileStorage } from "../../../platform/storage.js";
import { validate } from "../../../platform/validation.js";
import { guidesQuerySchema } from "../schemas.js";
import type { ContentKindValue, ContentService, PageView } from "../service.js";

const isLead = (req: Request) => req.user?.role === "PROGRAMME_LEAD";

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

/** A system page at its fixed address, with whatever else its view shows. */
export function showSystemPage(
  deps: { content: ContentService },
  slug: string,
  view = "content/page",
  extra?: () => Promise<Record<string, unknown>>,
): RequestHandler {
  return async (req, res) => {
    const page = await systemPage(deps.content, req, slug);
    setPageCacheHeaders(req, res, page);
    res.render(view, { page, ...(extra ? await extra() : {}) });
  };
}

export function showAwardStart(): RequestHandler {
  return (req, res) => {
    setPublicCacheHeaders(req, res);
    res.render("content/award-start");
  };
}

export function showGuides(deps: { content: ContentService }): RequestHandler {
  return async (req, res) => {
    const page = await systemPage(deps.content, req, "guides");
    const query = validate(guidesQuerySchema, req.query);
    const library = await deps.content.library(query.ok ? query.data.category : "");
    setPageCacheHeaders(req, res, page);
    res.render("content/guides", { page, library });
  };
}

export function showPage(deps: { content: ContentService }, kind: ContentKindValue): RequestHandler<{ slug: string }> {
  return async (req, res) => {
    const page = await deps.content.find(kind, req.params.slug, { isLead: isLead(req) });
    if (!page || page.system) throw notFound();
    setPageCacheHeaders(req, res, page);
    res.render("content/page", { page });
  };
}

/**
 * A page's file. For a page at its own address (a guide, say) an unknown file is a 404; on a
 * system page's address the request goes on to the routes after this one.
 */
export function downloadFile(
  deps: { content: ContentService; storage: FileStorage },
  kind: ContentKindValue,
  unknown: "not-found" | "next",
): RequestHandler<{ slug: string; id: string }> {
  return async (req, res, next) => {
    const viewer = { isLead: isLead(req) };
    const found = await deps.content.download(kind, req.params.slug, req.params.id, viewer);
    if (!found) {
      if (unknown === "next") return next();
      throw notFound();
    }
    const cacheControl = found.published && !req.user ? "public, max-age=300" : "private, no-store";
    await sendDownload(res, deps.storage, found.file, cacheControl);
  };
}
