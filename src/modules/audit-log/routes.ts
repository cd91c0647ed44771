import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { showAuditLog } from "./pages/audit-log.js";
import type { AuditLogService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's audit log: newest first, filtered by person, organisation, action and dates. */
export function auditLogRoutes(deps: { auditLog: AuditLogService }): Router {
  const router = Router();
  // The log names people and what they changed, so no copy is kept in a cache.
  router.use("/admin/audit", requireRole("PROGRAMME_LEAD"), noStore);
  router.get("/admin/audit", showAuditLog(deps));
  return router;
}
