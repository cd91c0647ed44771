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
  router.get("/admin/users/:id/erase", showEraseUser(deps));
  router.post("/admin/users/:id/erase", eraseUser(deps));
  router.get("/admin/organisations/:id/erase", showEraseOrganisation(deps));
  router.post("/admin/organisations/:id/erase", eraseOrganisation(deps));
  router.get("/admin/erased", showErased());
  router.get("/admin/retention", showRetention(deps));
  return router;
}
