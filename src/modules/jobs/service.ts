// The scheduled jobs gathered into the service the composition root builds.
import type { JobsDeps } from "./deps.js";
import { dryRun, run } from "./run.js";

export { REVIEW_REMINDER_DAYS } from "./review-reminders.js";
export type { JobReport } from "./run.js";

/**
 * The scheduled jobs: mark expired awards, remind organisations before their award expires and
 * assessors of reviews left open; apply the retention periods and delete the stored files left
 * waiting. Safe to run as often as anyone likes, on as many instances at once as there are: each
 * reminder is claimed by inserting its key into ReminderSent, and only the run whose insert
 * succeeds sends it.
 */
export function createJobs(deps: JobsDeps) {
  return {
    run: (now: Date = deps.now()) => run(deps, now),
    dryRun: (now: Date = deps.now()) => dryRun(deps, now),
  };
}

export type Jobs = ReturnType<typeof createJobs>;
