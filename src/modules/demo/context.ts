import type { Tx } from "../../platform/db/index.js";
import type { Random } from "../../platform/random.js";

const DAY_MS = 86_400_000;

/** What the demo's writers share: the transaction, the moment of seeding and the staff's ids. */
export interface DemoContext {
  tx: Tx;
  now: Date;
  random: Random;
  leadId: string;
  /** The assessors' ids, the demo assessor's first. */
  assessorIds: string[];
  /** The stored hash of a password nobody is told, for the demo's people who are not signed in as. */
  unusableHash: string;
}

/** The moment a number of days before `now` (fractions of a day allowed). */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}
