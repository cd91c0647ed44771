import type { Prisma } from "../../platform/db/index.js";
import type { AuditLogDeps } from "./deps.js";
import { MATCH_LIMIT, organisationsMatching, peopleMatching, shownMatches, type Match } from "./matching.js";
import type { AuditFilters } from "./schemas.js";
import { nextDay, startOfUkDay } from "./uk-days.js";
import { entryView, subjectNames, type AuditEntryView } from "./views.js";

const forOrganisations = (ids: string[]): Prisma.AuditEventWhereInput => ({
  OR: [{ organisationId: { in: ids } }, { subjectType: "Organisation", subjectId: { in: ids } }],
});

interface Conditions {
  where: Prisma.AuditEventWhereInput[];
  people: Match[] | null;
  organisations: Match[] | null;
  actor: Match | null;
  organisation: Match | null;
}

/** The filters as conditions on the log, with the person and organisation they name. */
async function conditionsOf({ prisma }: AuditLogDeps, filters: AuditFilters): Promise<Conditions> {
  const found: Conditions = { where: [], people: null, organisations: null, actor: null, organisation: null };
  const { where } = found;
  if (filters.actor === "portal") {
    where.push({ actorId: null });
    found.actor = { id: "portal", label: "The portal" };
  } else if (filters.actor) {
    where.push({ actorId: filters.actor });
    const user = await prisma.user.findUnique({ where: { id: filters.actor } });
    found.actor = {
      id: filters.actor,
      label: user ? `${user.fullName} (${user.email})` : "Someone no longer on the portal",
    };
  }
  if (filters.person) {
    found.people = await peopleMatching(prisma, filters.person);
    where.push({ actorId: { in: found.people.slice(0, MATCH_LIMIT).map((p) => p.id) } });
  }
  if (filters.organisationId) {
    where.push(forOrganisations([filters.organisationId]));
    const organisation = await prisma.organisation.findUnique({ where: { id: filters.organisationId } });
    found.organisation = {
      id: filters.organisationId,
      label: organisation?.name ?? "An organisation no longer on the portal",
    };
  }
  if (filters.organisation) {
    found.organisations = await organisationsMatching(prisma, filters.organisation);
    where.push(forOrganisations(found.organisations.slice(0, MATCH_LIMIT).map((o) => o.id)));
  }
  if (filters.action) where.push({ action: filters.action });
  if (filters.from) where.push({ occurredAt: { gte: startOfUkDay(filters.from) } });
  if (filters.to) where.push({ occurredAt: { lt: startOfUkDay(nextDay(filters.to)) } });
  return found;
}

/** One page of the log, newest first, with what the filters matched. */
export async function page(deps: AuditLogDeps, filters: AuditFilters) {
  const { prisma, pageSize } = deps;
  const { where, people, organisations, actor, organisation } = await conditionsOf(deps, filters);
  const condition: Prisma.AuditEventWhereInput = where.length > 0 ? { AND: where } : {};
  const total = await prisma.auditEvent.count({ where: condition });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(filters.page, pages);
  const events = await prisma.auditEvent.findMany({
    where: condition,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    include: { actor: { select: { id: true, fullName: true, email: true } } },
  });
  const names = await subjectNames(prisma, events);
  const entries: AuditEntryView[] = events.map((e) => entryView(e, names));
  return {
    entries,
    total,
    page: current,
    pages,
    actor,
    organisation,
    people: shownMatches(people),
    organisations: shownMatches(organisations),
  };
}
