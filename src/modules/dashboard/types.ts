import type { PlaceValue, ThemeValue } from "../programme/index.js";
import type { Period } from "./programme-year.js";

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
