import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import type { Clock } from "../../platform/clock.js";
import type { SettingsService } from "../settings/index.js";
import type { ErasureService } from "./erasure/service.js";
import type { FileDeleter } from "./file-deletions.js";
import { eraseOrganisation, showEraseOrganisation } from "./pages/erase-organisation.js";
import { eraseUser, showEraseUser } from "./pages/erase-user.js";
import { showErased } from "./pages/erased.js";
import { showRetention } from "./pages/retention.js";
import type { RetentionService } from "./retention/service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The lead's erasure pages and the retention report. */
export function dataProtectionRoutes(deps: {
  erasure: ErasureService;
  retention: RetentionService;
  files: FileDeleter;
  settings: SettingsService;
  now: Clock;
}): Router {
  const router = Router();
  router.use(
    ["/admin/users/:id/erase", "/admin/organisations/:id/erase", "/admin/erased", "/admin/retention"],
    requireRole("PROGRAMME_LEAD"),
    noStore,
  );
  router.route("/admin/users/:id/erase").get(showEraseUser(deps)).post(eraseUser(deps));
  router.route("/admin/organisations/:id/erase").get(showEraseOrganisation(deps)).post(eraseOrganisation(deps));
  router.get("/admin/erased", showErased());
  router.get("/admin/retention", showRetention(deps));
  return router;
}
