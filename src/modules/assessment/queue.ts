// The lists: the lead's queue of applications, the assessors to choose from, and an assessor's own work.
import type { Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import type { AssessmentDeps } from "./deps.js";
import { OPEN_ASSIGNMENT, openWorkloads } from "./queries.js";
import type { QueueFilters } from "./schemas.js";

export const QUEUE_PAGE_SIZE = 20;

function queueWhere(filters: QueueFilters): Prisma.ApplicationWhereInput {
  return {
    status: filters.status ? (filters.status as Prisma.ApplicationWhereInput["status"]) : { not: "DRAFT" },
    ...(filters.sector ? { organisation: { type: filters.sector } } : {}),
    AND: [
      ...(filters.place ? [{ organisation: { places: { some: { place: filters.place } } } }] : []),
      ...(filters.theme
        ? [{ themes: { some: { theme: filters.theme } } }, { chosenThemes: { contains: filters.theme } }]
        : []),
      ...(filters.assessor
        ? [{ assignments: { some: { assessorId: filters.assessor, status: { not: "CLOSED" as const } } } }]
        : []),
    ],
  };
}

function queueOrder(sort: QueueFilters["sort"]): Prisma.ApplicationOrderByWithRelationInput[] {
  if (sort === "newest") return [{ submittedAt: "desc" }, { id: "asc" }];
  if (sort === "organisation") return [{ orgName: "asc" }, { id: "asc" }];
  if (sort === "reference") return [{ reference: "asc" }, { id: "asc" }];
  return [{ submittedAt: "asc" }, { id: "asc" }];
}

/** One page of the applications that match the lead's filters, with the count in each status. */
export async function queue({ prisma }: AssessmentDeps, filters: QueueFilters) {
  const where = queueWhere(filters);
  const [total, counts] = await Promise.all([
    prisma.application.count({ where }),
    prisma.application.groupBy({ by: ["status"], where: { status: { not: "DRAFT" } }, _count: { _all: true } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await prisma.application.findMany({
    where,
    orderBy: queueOrder(filters.sort),
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
    select: {
      id: true,
      reference: true,
      status: true,
      orgName: true,
      chosenThemes: true,
      submittedAt: true,
      secondAssessorNeeded: true,
      organisation: { select: { type: true } },
      assignments: {
        where: { status: { in: [...OPEN_ASSIGNMENT, "CONFLICT_DECLARED"] } },
        select: { status: true, reviewStatus: true, assessor: { select: { fullName: true } } },
      },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      status: row.status,
      organisationName: row.orgName,
      sector: row.organisation.type,
      themes: splitList(row.chosenThemes),
      submittedAt: row.submittedAt,
      secondAssessorNeeded: row.secondAssessorNeeded,
      conflictsToReassign: row.assignments.filter((a) => a.status === "CONFLICT_DECLARED").length,
      assessors: row.assignments
        .filter((a) => a.status !== "CONFLICT_DECLARED")
        .map((a) => ({ name: a.assessor.fullName, reviewStatus: a.reviewStatus })),
    })),
    total,
    page,
    pages,
    pageSize: QUEUE_PAGE_SIZE,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>,
  };
}

/** Active assessors with their open workload, fewest open reviews first. */
export async function assessors(deps: AssessmentDeps) {
  const people = await deps.prisma.user.findMany({
    where: { role: "ASSESSOR", active: true },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, email: true },
  });
  const load = await openWorkloads(
    deps,
    people.map((p) => p.id),
  );
  return people.map((p) => ({ ...p, openReviews: load.get(p.id) ?? 0 }));
}

/** The assessor's own open assignments. */
export async function assessorQueue({ prisma }: AssessmentDeps, assessorId: string) {
  const rows = await prisma.assignment.findMany({
    where: {
      assessorId,
      status: { in: [...OPEN_ASSIGNMENT] },
      application: { status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } },
    },
    orderBy: { assignedAt: "asc" },
    select: {
      id: true,
      status: true,
      reviewStatus: true,
      assignedAt: true,
      returnComment: true,
      application: { select: { reference: true, orgName: true, chosenThemes: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    reviewStatus: r.reviewStatus,
    assignedAt: r.assignedAt,
    returned: r.returnComment !== "" && r.reviewStatus !== "SUBMITTED",
    reference: r.application.reference,
    organisationName: r.application.orgName,
    themes: splitList(r.application.chosenThemes),
  }));
}
