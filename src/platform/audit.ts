import type { Db } from "./db/index.js";

export type AuditClient = Pick<Db, "auditEvent" | "application" | "award" | "charterSignature" | "invitation">;

/**
 * What a change was made to: its type ("Application", "User"...), its id, and, when it should not be
 * worked out from the subject, the organisation it concerns (for the lead's audit log filter). When
 * left out, the organisation is an organisation subject itself, or the organisation of an
 * application, award, charter signature or invitation.
 */
export type AuditSubject = readonly [type: string, id: string | null | undefined, organisationId?: string | null];

/** The values a change replaced and the values it wrote, each kept as JSON. */
export interface AuditChange {
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
export async function recordAudit(
  client: AuditClient,
  actorId: string | null,
  action: string,
  [subjectType, id, organisation]: AuditSubject,
  change: AuditChange = {},
): Promise<void> {
  const subjectId = id ?? null;
  const organisationId =
    organisation !== undefined ? organisation : subjectId ? await organisationOf(client, subjectType, subjectId) : null;
  await client.auditEvent.create({
    data: {
      actorId,
      action,
      subjectType,
      subjectId,
      organisationId,
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
    },
  });
}
