import type { RequestHandler } from "express";
import type { Db } from "../../../platform/db/index.js";
import { overview } from "../overview.js";

/** The lead's home page, with the figures as they stand now. */
export function showAdminHome(deps: { prisma: Db }): RequestHandler {
  return async (_req, res) => {
    const figures = await overview(deps);
    res.set("Cache-Control", "no-store").render("admin/index", { figures });
  };
}
