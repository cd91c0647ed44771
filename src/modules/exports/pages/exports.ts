import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { streamCsv } from "../../../platform/csv-stream.js";
import type { ExportKey } from "../definition.js";
import type { ExportsService } from "../service.js";

type Deps = { exports: ExportsService };

/** The exports page: what each file holds, and the links to download them. */
export function showExports(deps: Deps): RequestHandler {
  return (_req, res) => {
    res.render("exports/index", { exports: deps.exports.list() });
  };
}

/** One export as a CSV file, streamed row by row. */
export function downloadExport(deps: Deps, key: ExportKey): RequestHandler {
  return async (req, res) => {
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
  };
}
