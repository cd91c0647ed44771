import type { RequestHandler } from "express";
import { setPublicCacheHeaders } from "../../../platform/cache-headers.js";
import type { SiteMapService } from "../service.js";

type Deps = { siteMap: SiteMapService };

// The same for everyone, so shared caches may keep them for a few minutes.
const PUBLIC_CACHE = "public, max-age=300";

export function showSitemapXml({ siteMap }: Deps): RequestHandler {
  return async (_req, res) => {
    const xml = await siteMap.sitemapXml();
    res.set("Cache-Control", PUBLIC_CACHE).type("application/xml; charset=utf-8").send(xml);
  };
}

export function showRobotsTxt({ siteMap }: Deps): RequestHandler {
  return (_req, res) => {
    res.set("Cache-Control", PUBLIC_CACHE).type("text/plain; charset=utf-8").send(siteMap.robotsTxt());
  };
}

/** Every public page, for people: linked from the footer of every page. */
export function showAllPages({ siteMap }: Deps): RequestHandler {
  return async (req, res) => {
    const sections = await siteMap.sections();
    setPublicCacheHeaders(req, res);
    res.render("site-map/all-pages", { sections: sections.filter((section) => section.pages.length > 0) });
  };
}
