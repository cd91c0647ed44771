import type { Db } from "../../platform/db/index.js";

export const AUDIT_PAGE_SIZE = 25;

/** What every audit-log use case is given first. */
export interface AuditLogDeps {
  prisma: Db;
  pageSize: number;
}

/** What the composition root passes; the page size has a default. */
export type AuditLogOptions = Omit<AuditLogDeps, "pageSize"> & { pageSize?: number };

export function auditLogDeps(options: AuditLogOptions): AuditLogDeps {
  return { ...options, pageSize: options.pageSize ?? AUDIT_PAGE_SIZE };
}
