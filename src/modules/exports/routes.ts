import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { EXPORT_KEYS } from "./definition.js";
import { downloadExport, showExports } from "./pages/exports.js";
import type { ExportsService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's CSV exports, streamed row by row. */
export function exportsRoutes(deps: { exports: ExportsService }): Router {
  const router = Router();
  // Exports hold personal data, so no copy is kept in a cache.
  router.use("/admin/exports", requireRole("PROGRAMME_LEAD"), noStore);
  router.get("/admin/exports", showExports(deps));
  for (const key of EXPORT_KEYS) router.get(`/admin/exports/${key}.csv`, downloadExport(deps, key));
  return router;
}
