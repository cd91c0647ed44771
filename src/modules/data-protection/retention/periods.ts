// The retention periods as dates, and what a run of them plans and reports.
import type { ProgrammeSettings } from "../../settings/index.js";

export type RetentionSettings = ProgrammeSettings["retention"];

const DAY = 24 * 60 * 60_000;

// Each application or account is its own transaction, serialised so that two runs at once agree.
export const RETENTION_TRANSACTION = { isolationLevel: "Serializable" as const, timeout: 60_000, maxWait: 15_000 };

export function yearsBefore(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() - years);
  return result;
}

export interface Cutoffs {
  unsuccessful: Date;
  awarded: Date;
  unverified: Date;
  audit: Date;
}

/** The last moment each period's clock may have started, for a run as of `now`. */
export function cutoffs(now: Date, periods: RetentionSettings): Cutoffs {
  return {
    unsuccessful: yearsBefore(now, periods.unsuccessfulApplicationYears),
    awarded: yearsBefore(now, periods.awardedApplicationYearsAfterExpiry),
    unverified: new Date(now.getTime() - periods.unverifiedAccountDays * DAY),
    audit: yearsBefore(now, periods.auditYears),
  };
}

export type ApplicationRule = "not-awarded" | "withdrawn" | "awarded";

export interface DueApplication {
  id: string;
  reference: string | null;
  rule: ApplicationRule;
  /** The decision, withdrawal or end of the award that the period counts from. */
  endedAt: Date;
}

export interface DueAccount {
  id: string;
  createdAt: Date;
  /** Organisations only this account belonged to, with draft applications at most: deleted with it. */
  organisationsDeleted: number;
}

export interface RetentionPlan {
  asOf: Date;
  periods: RetentionSettings;
  cutoffs: Cutoffs;
  applications: DueApplication[];
  accounts: DueAccount[];
  auditEntries: number;
  filesWaiting: number;
}

export interface RetentionReport {
  applicationsAnonymised: number;
  accountsErased: number;
  organisationsDeleted: number;
  auditEntriesDeleted: number;
}
