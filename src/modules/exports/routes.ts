import { Router } from "express";
import { requireRole, signedInUser } from "../../platform/auth.js";
import { streamCsv } from "../../platform/csv-stream.js";
import { EXPORT_KEYS, type ExportsService } from "./service.js";

/** The programme lead's CSV exports, streamed row by row. */
export function exportsRoutes(deps: { exports: ExportsService }): Router {
  const router = Router();
  router.use("/admin/exports", requireRole("PROGRAMME_LEAD"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });

  router.get("/admin/exports", (_req, res) => {
    res.render("exports/index", { exports: deps.exports.list() });
  });

  for (const key of EXPORT_KEYS) {
    router.get(`/admin/exports/${key}.csv`, async (req, res) => {
      const download = await deps.exports.open(key, signedInUser(req).id);
      try {
        const result = await streamCsv(res, download);
        if (!result.complete) req.log.info({ export: key, rows: result.rows }, "export stopped: the client went away");
      } catch (error) {
        // The file has begun, so no error page can follow: the connection is cut, and the
        // browser reports the download as failed rather than keeping half a file.
        req.log.error({ err: error, export: key }, "export failed part way");
        res.destroy();
      }
    });
  }

  return router;
}
