import { Router } from "express";
import { showAllPages, showRobotsTxt, showSitemapXml } from "./pages/site-maps.js";
import type { SiteMapService } from "./service.js";

/** The sitemap and robots.txt for crawlers, and the list of all pages for people. Public. */
export function siteMapRoutes(deps: { siteMap: SiteMapService }): Router {
  const router = Router();
  router.get("/sitemap.xml", showSitemapXml(deps));
  router.get("/robots.txt", showRobotsTxt(deps));
  router.get("/all-pages", showAllPages(deps));
  return router;
}
