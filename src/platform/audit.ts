import type { Db } from "./db/index.js";

export type AuditClient = Pick<Db, "auditEvent" | "application" | "award" | "charterSignature" | "invitation">;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /**
   * The organisation the change concerns, for the lead's audit log filter. When left out it is
   * worked out from the subject: an organisation itself, or the organisation of an application,
   * award, charter signature or invitation.
   */
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The organisation a subject belongs to, or null (users, content, settings...). */
async function organisationOf(client: AuditClient, subjectType: string, subjectId: string): Promise<string | null> {
  const where = { where: { id: subjectId }, select: { organisationId: true } } as const;
  switch (subjectType) {
    case "Organisation":
      return subjectId;
    case "Application":
      return (await client.application.findUnique(where))?.organisationId ?? null;
    case "Award":
      return (await client.award.findUnique(where))?.organisationId ?? null;
    case "CharterSignature":
      return (await client.charterSignature.findUnique(where))?.organisationId ?? null;
    case "Invitation":
      return (await client.invitation.findUnique(where))?.organisationId ?? null;
    default:
      return null;
  }
}

/** Writes an audit record; pass the transaction client so it commits or rolls back with the change. */
export async function recordAudit(client: AuditClient, entry: AuditEntry): Promise<void> {
  const subjectId = entry.subjectId ?? null;
  const organisationId =
    entry.organisationId !== undefined
      ? entry.organisationId
      : subjectId
        ? await organisationOf(client, entry.subjectType, subjectId)
        : null;
  await client.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId,
      organisationId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
