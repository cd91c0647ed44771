import type { Db, Prisma } from "../../platform/db/index.js";
import { containsText } from "../../platform/db/text-match.js";
import { ukDate } from "../../platform/working-days.js";
import type { AuditFilters } from "./schemas.js";

export const AUDIT_PAGE_SIZE = 25;
/** The most people or organisations a name search picks; more asks for a longer search. */
export const MATCH_LIMIT = 50;

export interface Match {
  id: string;
  label: string;
}

/** One field of a before-and-after table. */
export interface ChangedField {
  field: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

export interface AuditEntryView {
  id: string;
  occurredAt: Date;
  actor: { id: string; name: string; email: string } | null;
  action: string;
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

/** The UTC instant at which a UK calendar day (YYYY-MM-DD) starts: midnight GMT or BST. */
export function startOfUkDay(date: string): Date {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  const anHourEarlier = new Date(midnightUtc.getTime() - 60 * 60 * 1000);
  return ukDate(anHourEarlier) === date ? anHourEarlier : midnightUtc;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function parse(stored: string | null): { ok: true; value: unknown } | { ok: false } {
  if (stored === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(stored) };
  } catch {
    return { ok: false };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const shown = (value: unknown): string | null =>
  value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value, null, 2);

/** The values before and after as a table of fields when both are objects, else pretty-printed. */
export function describeChange(before: string | null, after: string | null) {
  const b = parse(before);
  const a = parse(after);
  if (b.ok && a.ok && (isRecord(b.value) || isRecord(a.value))) {
    const was = isRecord(b.value) ? b.value : b.value === undefined ? {} : null;
    const now = isRecord(a.value) ? a.value : a.value === undefined ? {} : null;
    if (was && now) {
      const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
      const fields = keys.map((field) => {
        const beforeValue = shown(was[field]);
        const afterValue = shown(now[field]);
        return { field, before: beforeValue, after: afterValue, changed: beforeValue !== afterValue };
      });
      return { fields, before: null, after: null };
    }
  }
  return {
    fields: null,
    before: b.ok ? shown(b.value) : before,
    after: a.ok ? shown(a.value) : after,
  };
}

/** The programme lead's view of the audit log. */
export function createAuditLogService(deps: { prisma: Db; pageSize?: number }) {
  const { prisma } = deps;
  const pageSize = deps.pageSize ?? AUDIT_PAGE_SIZE;

  /** People whose name or email address contains the text, whatever its case, on either database. */
  async function peopleMatching(text: string): Promise<Match[]> {
    const rows = await prisma.$queryRaw<{ id: string; fullName: string; email: string }[]>`
      SELECT "id", "fullName", "email" FROM "User" WHERE ${containsText(['"fullName"', '"email"'], text)}
      ORDER BY "fullName", "id" LIMIT ${MATCH_LIMIT + 1}`;
    return rows.map((r) => ({ id: r.id, label: `${r.fullName} (${r.email})` }));
  }

  async function organisationsMatching(text: string): Promise<Match[]> {
    const rows = await prisma.$queryRaw<{ id: string; name: string }[]>`
      SELECT "id", "name" FROM "Organisation" WHERE ${containsText(['"name"'], text)}
      ORDER BY "name", "id" LIMIT ${MATCH_LIMIT + 1}`;
    return rows.map((r) => ({ id: r.id, label: r.name }));
  }

  const forOrganisations = (ids: string[]): Prisma.AuditEventWhereInput => ({
    OR: [{ organisationId: { in: ids } }, { subjectType: "Organisation", subjectId: { in: ids } }],
  });

  /** Labels for the subjects and organisations on one page, in a few queries. */
  async function labels(events: { subjectType: string; subjectId: string | null; organisationId: string | null }[]) {
    const idsOf = (type: string) => [
      ...new Set(events.filter((e) => e.subjectType === type && e.subjectId).map((e) => e.subjectId!)),
    ];
    const organisationIds = [
      ...new Set([...idsOf("Organisation"), ...events.flatMap((e) => (e.organisationId ? [e.organisationId] : []))]),
    ];
    const [applications, users, organisations] = await Promise.all([
      prisma.application.findMany({
        where: { id: { in: idsOf("Application") } },
        select: { id: true, reference: true },
      }),
      prisma.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, fullName: true } }),
      prisma.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    ]);
    return {
      application: new Map(applications.map((a) => [a.id, a.reference])),
      user: new Map(users.map((u) => [u.id, u.fullName])),
      organisation: new Map(organisations.map((o) => [o.id, o.name])),
    };
  }

  return {
    /** The actions present in the log, for the filter's list. */
    async actions(): Promise<string[]> {
      const rows = await prisma.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
      return rows.map((r) => r.action);
    },

    async page(filters: AuditFilters) {
      const where: Prisma.AuditEventWhereInput[] = [];
      let people: Match[] | null = null;
      let organisations: Match[] | null = null;
      let actor: Match | null = null;
      let organisation: Match | null = null;

      if (filters.actor === "portal") {
        where.push({ actorId: null });
        actor = { id: "portal", label: "The portal" };
      } else if (filters.actor) {
        where.push({ actorId: filters.actor });
        const user = await prisma.user.findUnique({ where: { id: filters.actor } });
        actor = {
          id: filters.actor,
          label: user ? `${user.fullName} (${user.email})` : "Someone no longer on the portal",
        };
      }
      if (filters.person) {
        people = await peopleMatching(filters.person);
        where.push({ actorId: { in: people.slice(0, MATCH_LIMIT).map((p) => p.id) } });
      }
      if (filters.organisationId) {
        where.push(forOrganisations([filters.organisationId]));
        const found = await prisma.organisation.findUnique({ where: { id: filters.organisationId } });
        organisation = { id: filters.organisationId, label: found?.name ?? "An organisation no longer on the portal" };
      }
      if (filters.organisation) {
        organisations = await organisationsMatching(filters.organisation);
        where.push(forOrganisations(organisations.slice(0, MATCH_LIMIT).map((o) => o.id)));
      }
      if (filters.action) where.push({ action: filters.action });
      if (filters.from) where.push({ occurredAt: { gte: startOfUkDay(filters.from) } });
      if (filters.to) where.push({ occurredAt: { lt: startOfUkDay(nextDay(filters.to)) } });

      const condition: Prisma.AuditEventWhereInput = where.length > 0 ? { AND: where } : {};
      const total = await prisma.auditEvent.count({ where: condition });
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const page = Math.min(filters.page, pages);
      const events = await prisma.auditEvent.findMany({
        where: condition,
        orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
        include: { actor: { select: { id: true, fullName: true, email: true } } },
      });
      const names = await labels(events);

      const entries: AuditEntryView[] = events.map((e) => {
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
        const organisationId = e.organisationId ?? (e.subjectType === "Organisation" ? e.subjectId : null);
        return {
          id: e.id,
          occurredAt: e.occurredAt,
          actor: e.actor ? { id: e.actor.id, name: e.actor.fullName, email: e.actor.email } : null,
          action: e.action,
          subjectType: e.subjectType,
          subjectId: e.subjectId,
          subjectLabel,
          subjectHref,
          organisation: organisationId
            ? { id: organisationId, name: names.organisation.get(organisationId) ?? null }
            : null,
          ...describeChange(e.before, e.after),
        };
      });

      return {
        entries,
        total,
        page,
        pages,
        actor,
        organisation,
        people: people && { matches: people.slice(0, MATCH_LIMIT), more: people.length > MATCH_LIMIT },
        organisations: organisations && {
          matches: organisations.slice(0, MATCH_LIMIT),
          more: organisations.length > MATCH_LIMIT,
        },
      };
    },
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
