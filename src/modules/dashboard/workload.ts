import type { DashboardDeps } from "./deps.js";
import type { Workload } from "./types.js";

const DAY_MS = 86_400_000;
const OPEN_ASSIGNMENT = ["AWAITING_DECLARATION", "ACTIVE"] as const;

/** Open reviews per active assessor, most first: as things stand today, whatever the period. */
export async function workloadFigures({ prisma }: DashboardDeps, today: Date): Promise<Workload[]> {
  const open = await prisma.assignment.groupBy({
    by: ["assessorId"],
    where: {
      status: { in: [...OPEN_ASSIGNMENT] },
      reviewStatus: { not: "SUBMITTED" },
      application: { status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } },
    },
    _count: { _all: true },
    _min: { assignedAt: true },
  });
  const people = await prisma.user.findMany({
    where: { OR: [{ role: "ASSESSOR", active: true }, { id: { in: open.map((row) => row.assessorId) } }] },
    select: { id: true, fullName: true },
  });
  const rows = people.map((person) => {
    const load = open.find((row) => row.assessorId === person.id);
    const oldest = load?._min.assignedAt ?? null;
    return {
      assessorId: person.id,
      name: person.fullName,
      openReviews: load?._count._all ?? 0,
      oldestDays: oldest ? Math.max(0, Math.floor((today.getTime() - oldest.getTime()) / DAY_MS)) : null,
    };
  });
  return rows.sort(
    (a, b) =>
      b.openReviews - a.openReviews ||
      a.name.localeCompare(b.name, "en-GB") ||
      a.assessorId.localeCompare(b.assessorId),
  );
}
