import type { Prisma } from "../../platform/db/index.js";
import type { DashboardDeps } from "./deps.js";
import { median, ukDaysBetween, type Period } from "./programme-year.js";
import { range } from "./queries.js";
import type { DashboardFigures } from "./types.js";

const OUTCOMES = [
  { value: "AWARDED", label: "Awarded" },
  { value: "NOT_AWARDED", label: "Not awarded" },
  { value: "REVISIONS_REQUESTED", label: "Revisions requested" },
] as const;

/** Decisions made in the period by outcome, and the median days from submission to decision. */
export async function decisionFigures(
  { prisma }: DashboardDeps,
  period: Period,
): Promise<DashboardFigures["decisions"]> {
  const decidedAt = range(period);
  const where: Prisma.DecisionWhereInput = decidedAt ? { decidedAt } : {};
  const [byOutcome, decisions] = await Promise.all([
    prisma.decision.groupBy({ by: ["outcome"], where, _count: { _all: true } }),
    // The median needs each decision's own length of time, which no aggregate common to SQLite
    // and PostgreSQL gives; only two dates per decision are read.
    prisma.decision.findMany({
      where,
      select: {
        decidedAt: true,
        application: {
          select: { submittedAt: true, decisions: { select: { decidedAt: true }, orderBy: { decidedAt: "asc" } } },
        },
      },
    }),
  ]);
  // An application keeps only its latest submission's date. A decision is measured when it is
  // the first one after that submission; decisions on earlier rounds (revisions requested, then
  // resubmitted) and decisions after an upheld appeal are counted but not measured.
  const days: number[] = [];
  for (const decision of decisions) {
    const submittedAt = decision.application.submittedAt;
    if (!submittedAt || decision.decidedAt < submittedAt) continue;
    const first = decision.application.decisions.find((d) => d.decidedAt >= submittedAt);
    if (first && first.decidedAt.getTime() === decision.decidedAt.getTime()) {
      days.push(ukDaysBetween(submittedAt, decision.decidedAt));
    }
  }
  const outcomeCount = (outcome: string) => byOutcome.find((row) => row.outcome === outcome)?._count._all ?? 0;
  return {
    total: byOutcome.reduce((sum, row) => sum + row._count._all, 0),
    byOutcome: OUTCOMES.map((o) => ({ value: o.value, label: o.label, count: outcomeCount(o.value) })),
    measured: days.length,
    medianDays: median(days),
  };
}
