// Audit entries: what the log recorded about the subject, with anything secret left out and the
// people who acted named only as far as the subject may know them.
import type { Db, Prisma, RoleValue } from "../../../platform/db/index.js";
import { iso } from "./format.js";

const AUDIT_PAGE = 500;

/** Keys that could carry a secret in an audit record's before or after, left out whatever they hold. */
const SECRET_KEY = /password|token|secret|^sid$|^hash$/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, inner]) => [key, withoutSecrets(inner)]),
    );
  }
  return value;
}

function parsedAuditValue(stored: string | null): unknown {
  if (stored === null) return null;
  try {
    return withoutSecrets(JSON.parse(stored));
  } catch {
    return null;
  }
}

type Actor = { id: string; role: RoleValue } | null;

/** The audit entries matching `where`, a page at a time, as they go into the archive. */
export function auditItems(
  prisma: Db,
  where: Prisma.AuditEventWhereInput,
  actorWords: (actor: Actor) => string,
): () => AsyncIterable<unknown> {
  return async function* () {
    let cursor: string | undefined;
    for (;;) {
      const page = await prisma.auditEvent.findMany({
        where,
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        take: AUDIT_PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        include: { actor: { select: { id: true, role: true } } },
      });
      for (const event of page) {
        yield {
          occurredAt: iso(event.occurredAt),
          action: event.action,
          subjectType: event.subjectType,
          subjectId: event.subjectId,
          by: actorWords(event.actor),
          before: parsedAuditValue(event.before),
          after: parsedAuditValue(event.after),
        };
      }
      if (page.length < AUDIT_PAGE) return;
      cursor = page[page.length - 1]!.id;
    }
  };
}

const ROLE_WORDS: Record<RoleValue, string> = {
  APPLICANT: "an applicant",
  ASSESSOR: "an assessor",
  PROGRAMME_LEAD: "a programme lead",
};

/** What the person did, and what was done to their account; others named by their role only. */
export function personAuditItems(prisma: Db, userId: string) {
  return auditItems(prisma, { OR: [{ actorId: userId }, { subjectType: "User", subjectId: userId }] }, (actor) =>
    actor === null ? "the portal" : actor.id === userId ? "this person" : ROLE_WORDS[actor.role],
  );
}

/** The audit entries about assessment itself are the programme's; the organisation sees their outcome. */
const ASSESSMENT_ACTIONS = ["assessment.", "review."];

/**
 * The entries about the organisation and what it has, but not about assessing it; its members
 * are named, former members and the programme team are not.
 */
export function organisationAuditItems(
  prisma: Db,
  subjects: { subjectType: string; ids: string[] }[],
  memberNames: Map<string, string>,
) {
  return auditItems(
    prisma,
    {
      OR: subjects
        .filter((s) => s.ids.length > 0)
        .map((s) => ({ subjectType: s.subjectType, subjectId: { in: s.ids } })),
      NOT: ASSESSMENT_ACTIONS.map((prefix) => ({ action: { startsWith: prefix } })),
    },
    (actor) =>
      actor === null
        ? "the portal"
        : memberNames.has(actor.id)
          ? memberNames.get(actor.id)!
          : actor.role === "APPLICANT"
            ? "a former member"
            : "the programme team",
  );
}
