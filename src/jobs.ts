// `npm run jobs`: runs the scheduled jobs once and exits. The server also runs them every day;
// running both, or several instances, is safe.
//
// `npm run jobs -- --dry-run` changes nothing and sends nothing: it lists what the retention
// periods would remove now (references and ids, no personal data).
import { createDeps } from "./deps.js";
import { ConfigError, loadConfig } from "./config.js";
import type { RetentionPlan } from "./modules/data-protection/index.js";
import { createDatabase } from "./platform/db/index.js";
import { createLogger } from "./platform/logging.js";

const USAGE = "Usage: npm run jobs [-- --dry-run]";

const day = (date: Date) => date.toISOString().slice(0, 10);

function describePlan(plan: RetentionPlan): string {
  const p = plan.periods;
  const lines = [
    `Dry run at ${plan.asOf.toISOString()}: nothing has been changed.`,
    `Unsuccessful and withdrawn applications: kept ${p.unsuccessfulApplicationYears} years (ended on or before ${day(plan.cutoffs.unsuccessful)}).`,
    `Awarded applications: kept ${p.awardedApplicationYearsAfterExpiry} years after the award ends (ended on or before ${day(plan.cutoffs.awarded)}).`,
    `Applications that would be anonymised: ${plan.applications.length}`,
    ...plan.applications.map((a) => `  ${a.reference ?? `(no reference) ${a.id}`}  ${a.rule}  ended ${day(a.endedAt)}`),
    `Unconfirmed accounts (kept ${p.unverifiedAccountDays} days) that would be erased: ${plan.accounts.length}`,
    ...plan.accounts.map(
      (a) =>
        `  account ${a.id}  signed up ${day(a.createdAt)}${a.organisationsDeleted ? `  with ${a.organisationsDeleted} organisation(s) holding drafts only` : ""}`,
    ),
    `Audit entries older than ${p.auditYears} years (on or before ${day(plan.cutoffs.audit)}) that would be deleted: ${plan.auditEntries}`,
    `Stored files waiting to be deleted after an earlier failure: ${plan.filesWaiting}`,
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--dry-run");
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(" ")}. ${USAGE}`);
    process.exit(2);
  }
  const dryRun = args.includes("--dry-run");
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const db = createDatabase(config.database.provider, config.database.url);
  // The same dependencies as the server; the jobs render no page, so no built assets are needed.
  const { jobs, now } = createDeps(config, logger, db, { assets: {} });
  try {
    if (dryRun) {
      console.log(describePlan(await jobs.dryRun(now())));
      return;
    }
    const report = await jobs.run(now());
    const r = report.retention;
    console.log(
      [
        `Expired awards marked: ${report.expiredAwards}. Expiry reminders sent: ${report.expiryReminders}. Review reminders sent: ${report.reviewReminders}.`,
        `Retention: applications anonymised: ${r.applicationsAnonymised}. Unconfirmed accounts erased: ${r.accountsErased} (organisations deleted with them: ${r.organisationsDeleted}). Audit entries deleted: ${r.auditEntriesDeleted}.`,
        `Stored files deleted: ${report.files.deleted}. Still waiting after a failure: ${report.files.failed}. Abandoned upload files removed: ${report.temporaryFilesRemoved}.`,
      ].join("\n"),
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
