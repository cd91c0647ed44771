import type { RetentionDeps } from "./deps.js";
import { dueAccounts, eraseUnconfirmedAccount } from "./accounts.js";
import { anonymiseApplication, dueApplications } from "./applications.js";
import { pruneAuditLog } from "./audit-entries.js";
import { cutoffs, type RetentionReport } from "./periods.js";

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
    const keys = await anonymiseApplication(deps, item, now);
    if (!keys) continue;
    report.applicationsAnonymised += 1;
    await deps.files.deleteNow(keys);
  }
  for (const account of await dueAccounts(deps, cut)) {
    const done = await eraseUnconfirmedAccount(deps, account, cut.unverified, now);
    if (!done) continue;
    report.accountsErased += 1;
    report.organisationsDeleted += done.organisations;
    await deps.files.deleteNow(done.keys);
  }
  report.auditEntriesDeleted = await pruneAuditLog(deps, cut.audit);
  deps.logger.info(report, "retention periods applied");
  return report;
}
