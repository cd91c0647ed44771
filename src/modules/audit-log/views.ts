import type { Db, Prisma } from "../../platform/db/index.js";
import { describeChange, type ChangedField } from "./changes.js";
import { describeEvent, peopleNamedIn } from "./sentences.js";

export interface AuditEntryView {
  id: string;
  occurredAt: Date;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  /** The action in words, and what it changed, for a person to read. */
  summary: string;
  details: string[];
  subjectType: string;
  subjectId: string | null;
  subjectLabel: string | null;
  subjectHref: string | null;
  organisation: { id: string; name: string | null } | null;
  /** Both values are objects (or one is missing): shown as a table of fields. */
  fields: ChangedField[] | null;
  /** Otherwise each value pretty-printed. */
  before: string | null;
  after: string | null;
}

type AuditEventWithActor = Prisma.AuditEventGetPayload<{
  include: { actor: { select: { id: true; fullName: true; email: true } } };
}>;

type SubjectNames = Awaited<ReturnType<typeof subjectNames>>;

/** Labels for the subjects and organisations on one page, in a few queries. */
export async function subjectNames(
  prisma: Db,
  events: {
    subjectType: string;
    subjectId: string | null;
    organisationId: string | null;
    before: string | null;
    after: string | null;
  }[],
) {
  const idsOf = (type: string) => [
    ...new Set(events.filter((e) => e.subjectType === type && e.subjectId).map((e) => e.subjectId!)),
  ];
  const organisationIds = [
    ...new Set([...idsOf("Organisation"), ...events.flatMap((e) => (e.organisationId ? [e.organisationId] : []))]),
  ];
  const [applications, users, organisations, people] = await Promise.all([
    prisma.application.findMany({
      where: { id: { in: idsOf("Application") } },
      select: { id: true, reference: true },
    }),
    prisma.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, fullName: true } }),
    prisma.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    prisma.user.findMany({ where: { id: { in: peopleNamedIn(events) } }, select: { id: true, fullName: true } }),
  ]);
  return {
    application: new Map(applications.map((a) => [a.id, a.reference])),
    user: new Map(users.map((u) => [u.id, u.fullName])),
    organisation: new Map(organisations.map((o) => [o.id, o.name])),
    people: new Map(people.map((u) => [u.id, u.fullName])),
  };
}

/** What the entry's subject is called, and where the lead can see it, when the portal still has it. */
function subjectOf(e: AuditEventWithActor, names: SubjectNames) {
  let subjectLabel: string | null = null;
  let subjectHref: string | null = null;
  if (e.subjectId && e.subjectType === "Application") {
    if (names.application.has(e.subjectId)) {
      const reference = names.application.get(e.subjectId);
      // The lead's page of an application exists once it has been submitted.
      subjectLabel = reference ?? "not yet submitted";
      subjectHref = reference ? `/admin/applications/${e.subjectId}` : null;
    }
  } else if (e.subjectId && e.subjectType === "User") {
    subjectLabel = names.user.get(e.subjectId) ?? null;
    subjectHref = names.user.has(e.subjectId) ? `/admin/users/${e.subjectId}` : null;
  } else if (e.subjectId && e.subjectType === "Organisation") {
    subjectLabel = names.organisation.get(e.subjectId) ?? null;
  }
  return { subjectLabel, subjectHref };
}

/** One entry of the log as the page shows it. */
export function entryView(e: AuditEventWithActor, names: SubjectNames): AuditEntryView {
  const organisationId = e.organisationId ?? (e.subjectType === "Organisation" ? e.subjectId : null);
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: e.actor ? { id: e.actor.id, name: e.actor.fullName, email: e.actor.email } : null,
    action: e.action,
    ...describeEvent(e, names.people),
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    ...subjectOf(e, names),
    organisation: organisationId ? { id: organisationId, name: names.organisation.get(organisationId) ?? null } : null,
    ...describeChange(e.before, e.after),
  };
}
