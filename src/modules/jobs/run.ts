import type { FileDeletionReport, RetentionPlan, RetentionReport } from "../data-protection/index.js";
import type { JobsDeps } from "./deps.js";
import { markExpired } from "./expire-awards.js";
import { expiryReminders } from "./expiry-reminders.js";
import { reviewReminders } from "./review-reminders.js";

export interface JobReport {
  expiredAwards: number;
  expiryReminders: number;
  reviewReminders: number;
  retention: RetentionReport;
  /** Files waiting since an erasure or a retention run, deleted from storage now (or still failing). */
  files: FileDeletionReport;
  /** Half-written upload files older than an hour, left by a process killed mid-upload, removed now. */
  temporaryFilesRemoved: number;
}

/** How old a half-written file must be before a jobs run takes it for abandoned. */
export const ABANDONED_AFTER_MS = 60 * 60_000;

/** Every job, one after another, logging what each did. */
export async function run(deps: JobsDeps, now: Date): Promise<JobReport> {
  const expiredAwards = await markExpired(deps, now);
  const expiryRemindersSent = await expiryReminders(deps, now);
  const reviewRemindersSent = await reviewReminders(deps, now);
  const retention = await deps.retention.apply(now);
  const files = await deps.files.deletePending();
  const temporaryFilesRemoved = await deps.partFiles.removeOlderThan(new Date(now.getTime() - ABANDONED_AFTER_MS));
  const report = {
    expiredAwards,
    expiryReminders: expiryRemindersSent,
    reviewReminders: reviewRemindersSent,
    retention,
    files,
    temporaryFilesRemoved,
  };
  deps.logger.info(report, "scheduled jobs finished");
  return report;
}

/** What the retention periods would remove now; changes nothing and sends nothing. */
export function dryRun(deps: JobsDeps, now: Date): Promise<RetentionPlan> {
  return deps.retention.plan(now);
}
