import type { Db } from "../../platform/db/index.js";
import { MONTHS } from "../programme/index.js";
import type { DashboardDeps } from "./deps.js";
import {
  FIRST_PROGRAMME_YEAR,
  programmeYearLabel,
  programmeYearOf,
  ukMidnight,
  type Period,
} from "./programme-year.js";
import type { CharterPoint, DashboardFigures } from "./types.js";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface PointStart {
  from: Date;
  label: string;
  axisLabel: string;
}

/** Signatories who had signed by an instant, less those removed by then. */
async function signatoriesAt(prisma: Db, instant: Date): Promise<{ signed: number; removed: number }> {
  const [signed, removed] = await Promise.all([
    prisma.charterSignature.count({
      where: { status: { in: ["APPROVED", "REMOVED"] }, signedAt: { lt: instant } },
    }),
    // A removal is recorded as the signature's decision, so its date is decidedAt.
    prisma.charterSignature.count({
      where: { status: "REMOVED", signedAt: { not: null }, decidedAt: { lt: instant } },
    }),
  ]);
  return { signed, removed };
}

/** The boundaries between months of the programme year, or between programme years. */
function pointStarts(period: Period, today: Date): PointStart[] {
  const starts: PointStart[] = [];
  if (period.year !== null) {
    for (let month = 4; month < 16; month += 1) {
      const from = ukMidnight(period.year, month);
      if (from > today) break;
      const calendarYear = period.year + (month > 12 ? 1 : 0);
      const monthIndex = (month - 1) % 12;
      starts.push({
        from,
        label: `${MONTHS[monthIndex]} ${calendarYear}`,
        axisLabel: `${MONTH_NAMES[monthIndex]}\n${calendarYear}`,
      });
    }
  } else {
    for (let year = FIRST_PROGRAMME_YEAR; year <= programmeYearOf(today); year += 1) {
      starts.push({
        from: ukMidnight(year, 4),
        label: programmeYearLabel(year),
        axisLabel: `${year}\nto ${year + 1}`,
      });
    }
  }
  return starts;
}

/** Charter signatures and removals month by month (or year by year), with the running total. */
export async function charterFigures(
  { prisma }: DashboardDeps,
  period: Period,
  today: Date,
): Promise<DashboardFigures["charter"]> {
  const starts = pointStarts(period, today);
  const ends = starts.map((start, index) => {
    const next = starts[index + 1]?.from ?? (period.to && period.to <= today ? period.to : null);
    return next ?? new Date(today.getTime() + 1);
  });
  const firstStart = starts[0]?.from ?? period.from ?? today;
  const [before, ...atEnds] = await Promise.all([
    period.year !== null ? signatoriesAt(prisma, firstStart) : Promise.resolve({ signed: 0, removed: 0 }),
    ...ends.map((end) => signatoriesAt(prisma, end)),
  ]);
  const points: CharterPoint[] = [];
  let previous = before;
  starts.forEach((start, index) => {
    const at = atEnds[index]!;
    points.push({
      label: start.label,
      axisLabel: start.axisLabel,
      signed: at.signed - previous.signed,
      removed: at.removed - previous.removed,
      total: at.signed - at.removed,
    });
    previous = at;
  });
  return {
    signed: points.reduce((sum, p) => sum + p.signed, 0),
    removed: points.reduce((sum, p) => sum + p.removed, 0),
    totalAtEnd: points.length > 0 ? points[points.length - 1]!.total : before.signed - before.removed,
    points,
  };
}
