import type { AuditLogDeps } from "./deps.js";

/** The actions present in the log, for the filter's list. */
export async function actions({ prisma }: AuditLogDeps): Promise<string[]> {
  const rows = await prisma.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
