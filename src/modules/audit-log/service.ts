// The audit-log area's use cases gathered into the service the composition root builds.
import { actions } from "./actions.js";
import { auditLogDeps, type AuditLogOptions } from "./deps.js";
import { page } from "./page.js";
import type { AuditFilters } from "./schemas.js";

/** The programme lead's view of the audit log. */
export function createAuditLogService(options: AuditLogOptions) {
  const deps = auditLogDeps(options);
  return {
    actions: () => actions(deps),
    page: (filters: AuditFilters) => page(deps, filters),
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
