import type { Db } from "./db/index.js";

export type AuditClient = Pick<Db, "auditEvent">;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes an audit record; pass the transaction client so it commits or rolls back with the change. */
export async function recordAudit(client: AuditClient, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
