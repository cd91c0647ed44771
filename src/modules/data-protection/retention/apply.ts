import type { RetentionDeps } from "./deps.js";
import { dueAccounts, eraseUnconfirmedAccount } from "./accounts.js";
import { anonymiseApplication, dueApplications } from "./applications.js";
import { pruneAuditLog } from "./audit-entries.js";
import { cutoffs, type RetentionReport } from "./periods.js";

/**
 * Runs one item's transaction; null when it lost a write conflict or a deadlock to another
 * instance running the jobs at the same moment (Prisma's P2034). That instance does the item, or
 * the next run does: nothing is half done, as the transaction rolled back.
 */
async function unlessContended<T>(deps: RetentionDeps, work: () => Promise<T | null>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code !== "P2034") throw error;
    deps.logger.info({ err: error }, "retention item left to the other run");
    return null;
  }
}

/**
 * Applies the retention periods as of `now`: each application and account in a transaction of
 * its own, its stored files deleted straight after, then the old audit entries.
 */
export async function apply(deps: RetentionDeps, now: Date): Promise<RetentionReport> {
  const periods = await deps.settings.get("retention");
  const cut = cutoffs(now, periods);
  const report: RetentionReport = {
    applicationsAnonymised: 0,
    accountsErased: 0,
    organisationsDeleted: 0,
    auditEntriesDeleted: 0,
  };

  for (const item of await dueApplications(deps, cut)) {
    const keys = await unlessContended(deps, () => anonymiseApplication(deps, item, now));
    if (!keys) continue;
    report.applicationsAnonymised += 1;
    await deps.files.deleteNow(keys);
  }
  for (const account of await dueAccounts(deps, cut)) {
    const done = await unlessContended(deps, () => eraseUnconfirmedAccount(deps, account, cut.unverified, now));
    if (!done) continue;
    report.accountsErased += 1;
    report.organisationsDeleted += done.organisations;
    await deps.files.deleteNow(done.keys);
  }
  report.auditEntriesDeleted = await pruneAuditLog(deps, cut.audit);
  deps.logger.info(report, "retention periods applied");
  return report;
}
