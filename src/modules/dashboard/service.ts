import type { Db, Prisma } from "../../platform/db/index.js";
import {
  APPLICATION_STATUSES,
  MONTHS,
  ORGANISATION_TYPES,
  PLACES,
  THEMES,
  type PlaceValue,
  type ThemeValue,
} from "../programme/index.js";
import {
  addMonths,
  median,
  periodOf,
  programmeYearChoices,
  programmeYearLabel,
  programmeYearOf,
  ukDaysBetween,
  ukMidnight,
  FIRST_PROGRAMME_YEAR,
  type Period,
} from "./programme-year.js";

// The dashboard counts only what an organisation's erasure leaves behind: statuses, dates, the
// themes chosen, the organisation's type and places as recorded on the application, decisions'
// outcomes, awards' dates and statuses, charter signatures' dates and statuses, and assignments.
// Names and answers are never read here, except the names of current assessors.

const DAY_MS = 86_400_000;
const OPEN_ASSIGNMENT = ["AWAITING_DECLARATION", "ACTIVE"] as const;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface Count<T extends string = string> {
  value: T;
  label: string;
  count: number;
}

export interface CharterPoint {
  /** For the table: "April 2025", or "2025 to 2026". */
  label: string;
  /** For the chart's axis, two lines. */
  axisLabel: string;
  signed: number;
  removed: number;
  /** Signatories at the end of the month or year (or today, for the one under way). */
  total: number;
}

export interface Workload {
  assessorId: string;
  name: string;
  openReviews: number;
  /** Whole days since the oldest open review was assigned; null with none open. */
  oldestDays: number | null;
}

export interface DashboardFigures {
  period: Period;
  asOf: Date;
  applications: {
    total: number;
    byStatus: Count[];
    /** Applications submitted in the period (at least once), broken down three ways. */
    submitted: number;
    byTheme: Count<ThemeValue>[];
    byPlace: Count<PlaceValue>[];
    bySector: Count[];
  };
  decisions: {
    total: number;
    byOutcome: Count[];
    /** Decisions whose submission date is known, from which the median is taken. */
    measured: number;
    medianDays: number | null;
  };
  awards: {
    granted: number;
    current: number;
    expired: number;
    revoked: number;
    /** Current awards whose expiry falls within six months of today, whatever the period. */
    expiringSoon: number;
    expiringBy: Date;
  };
  charter: {
    signed: number;
    removed: number;
    totalAtEnd: number;
    points: CharterPoint[];
  };
  workload: Workload[];
}

export interface PlaceFigures {
  period: Period;
  places: { value: PlaceValue; label: string; applications: number; awards: number }[];
}

type DateRange = { gte?: Date; lt?: Date };

const OUTCOMES = [
  { value: "AWARDED", label: "Awarded" },
  { value: "NOT_AWARDED", label: "Not awarded" },
  { value: "REVISIONS_REQUESTED", label: "Revisions requested" },
] as const;

/** The programme lead's figures, each computed with counts and groupings in the database. */
export function createDashboardService(deps: { prisma: Db; now?: () => Date }) {
  const { prisma } = deps;
  const now = deps.now ?? (() => new Date());

  function range(period: Period): DateRange | undefined {
    if (!period.from || !period.to) return undefined;
    return { gte: period.from, lt: period.to };
  }

  /** An application belongs to the year of its latest submission, or, never submitted, of its start. */
  function applicationsIn(period: Period): Prisma.ApplicationWhereInput {
    const dates = range(period);
    if (!dates) return {};
    return { OR: [{ submittedAt: dates }, { submittedAt: null, createdAt: dates }] };
  }

  function submittedIn(period: Period): Prisma.ApplicationWhereInput {
    return { submittedAt: range(period) ?? { not: null } };
  }

  async function applicationFigures(period: Period): Promise<DashboardFigures["applications"]> {
    const submitted = submittedIn(period);
    const [byStatus, total, submittedCount, bySector, themeCounts, placeCounts] = await Promise.all([
      prisma.application.groupBy({ by: ["status"], where: applicationsIn(period), _count: { _all: true } }),
      prisma.application.count({ where: applicationsIn(period) }),
      prisma.application.count({ where: submitted }),
      prisma.application.groupBy({ by: ["orgType"], where: submitted, _count: { _all: true } }),
      Promise.all(
        THEMES.map((theme) =>
          prisma.application.count({
            // The theme's row is indexed; the chosen list says whether the theme is still chosen.
            where: {
              AND: [
                submitted,
                { themes: { some: { theme: theme.value } } },
                { chosenThemes: { contains: theme.value } },
              ],
            },
          }),
        ),
      ),
      Promise.all(
        PLACES.map((place) =>
          prisma.application.count({ where: { AND: [submitted, { orgPlaces: { contains: place.value } }] } }),
        ),
      ),
    ]);
    const statusCount = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
    const sectorCount = (type: string) => bySector.find((row) => row.orgType === type)?._count._all ?? 0;
    const unrecorded = bySector
      .filter((row) => !ORGANISATION_TYPES.some((type) => type.value === row.orgType))
      .reduce((sum, row) => sum + row._count._all, 0);
    return {
      total,
      byStatus: APPLICATION_STATUSES.map((s) => ({ value: s.value, label: s.label, count: statusCount(s.value) })),
      submitted: submittedCount,
      byTheme: THEMES.map((theme, index) => ({ value: theme.value, label: theme.label, count: themeCounts[index]! })),
      byPlace: PLACES.map((place, index) => ({ value: place.value, label: place.label, count: placeCounts[index]! })),
      bySector: [
        ...ORGANISATION_TYPES.map((type) => ({ value: type.value, label: type.label, count: sectorCount(type.value) })),
        ...(unrecorded > 0 ? [{ value: "NOT_RECORDED", label: "Not recorded", count: unrecorded }] : []),
      ],
    };
  }

  async function decisionFigures(period: Period): Promise<DashboardFigures["decisions"]> {
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

  async function awardFigures(period: Period, today: Date): Promise<DashboardFigures["awards"]> {
    const awardedAt = range(period);
    const granted: Prisma.AwardWhereInput = awardedAt ? { awardedAt } : {};
    const expiringBy = addMonths(today, 6);
    const [total, current, lapsed, expired, revoked, expiringSoon] = await Promise.all([
      prisma.award.count({ where: granted }),
      prisma.award.count({ where: { ...granted, status: "CURRENT", expiresAt: { gt: today } } }),
      // Past its expiry date but not yet marked by the daily job.
      prisma.award.count({ where: { ...granted, status: "CURRENT", expiresAt: { lte: today } } }),
      prisma.award.count({ where: { ...granted, status: "EXPIRED" } }),
      prisma.award.count({ where: { ...granted, status: "REVOKED" } }),
      prisma.award.count({ where: { status: "CURRENT", expiresAt: { gt: today, lte: expiringBy } } }),
    ]);
    return { granted: total, current, expired: expired + lapsed, revoked, expiringSoon, expiringBy };
  }

  /** Signatories who had signed by an instant, less those removed by then. */
  async function signatoriesAt(instant: Date): Promise<{ signed: number; removed: number }> {
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

  async function charterFigures(period: Period, today: Date): Promise<DashboardFigures["charter"]> {
    // The boundaries between months of the programme year, or between programme years.
    const starts: { from: Date; label: string; axisLabel: string }[] = [];
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
    const ends = starts.map((start, index) => {
      const next = starts[index + 1]?.from ?? (period.to && period.to <= today ? period.to : null);
      return next ?? new Date(today.getTime() + 1);
    });
    const firstStart = starts[0]?.from ?? period.from ?? today;
    const [before, ...atEnds] = await Promise.all([
      period.year !== null ? signatoriesAt(firstStart) : Promise.resolve({ signed: 0, removed: 0 }),
      ...ends.map((end) => signatoriesAt(end)),
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

  /** Open reviews per active assessor, most first: as things stand today, whatever the period. */
  async function workloadFigures(today: Date): Promise<Workload[]> {
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

  return {
    /** The programme years offered in the filter, newest first. */
    yearChoices(): number[] {
      return programmeYearChoices(now());
    },

    async figures(year: number | null): Promise<DashboardFigures> {
      const today = now();
      const period = periodOf(year);
      const [applications, decisions, awards, charter, workload] = await Promise.all([
        applicationFigures(period),
        decisionFigures(period),
        awardFigures(period, today),
        charterFigures(period, today),
        workloadFigures(today),
      ]);
      return { period, asOf: today, applications, decisions, awards, charter, workload };
    },

    /** Per place: applications submitted and awards granted in the period, for the map. */
    async placeFigures(year: number | null): Promise<PlaceFigures> {
      const period = periodOf(year);
      const submitted = submittedIn(period);
      const awardedAt = range(period);
      const [applications, awards] = await Promise.all([
        Promise.all(
          PLACES.map((place) =>
            prisma.application.count({ where: { AND: [submitted, { orgPlaces: { contains: place.value } }] } }),
          ),
        ),
        Promise.all(
          PLACES.map((place) =>
            prisma.award.count({
              where: { ...(awardedAt ? { awardedAt } : {}), application: { orgPlaces: { contains: place.value } } },
            }),
          ),
        ),
      ]);
      return {
        period,
        places: PLACES.map((place, index) => ({
          value: place.value,
          label: place.label,
          applications: applications[index]!,
          awards: awards[index]!,
        })),
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
