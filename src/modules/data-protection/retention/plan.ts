import type { RetentionDeps } from "./deps.js";
import { dueAccounts } from "./accounts.js";
import { dueApplications } from "./applications.js";
import { oldAuditEntries } from "./audit-entries.js";
import { cutoffs, type RetentionPlan } from "./periods.js";

/** What applying the retention periods as of `now` would do, changing nothing. */
export async function plan(deps: RetentionDeps, now: Date): Promise<RetentionPlan> {
  const periods = await deps.settings.get("retention");
  const cut = cutoffs(now, periods);
  const [applications, accounts, auditEntries, filesWaiting] = await Promise.all([
    dueApplications(deps, cut),
    dueAccounts(deps, cut),
    oldAuditEntries(deps, cut.audit),
    deps.files.pendingCount(),
  ]);
  return {
    asOf: now,
    periods,
    cutoffs: cut,
    applications,
    accounts: accounts.map(({ organisationIds: _ids, ...account }) => account),
    auditEntries,
    filesWaiting,
  };
}
