import type { RequestHandler } from "express";
import type { Clock } from "../../../platform/clock.js";
import type { RetentionService } from "../retention/service.js";
import { retentionQuerySchema } from "../schemas.js";

const REPORT_PAGE_SIZE = 50;

function pageOf<T>(items: T[], requested: number) {
  const pageCount = Math.max(1, Math.ceil(items.length / REPORT_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  return {
    items: items.slice((page - 1) * REPORT_PAGE_SIZE, page * REPORT_PAGE_SIZE),
    page,
    pageCount,
    total: items.length,
  };
}

/** What the retention periods would remove now, a page of each list at a time. */
export function showRetention(deps: { retention: RetentionService; now: Clock }): RequestHandler {
  return async (req, res) => {
    const query = retentionQuerySchema.parse(req.query);
    const plan = await deps.retention.plan(deps.now());
    res.render("data-protection/retention", {
      plan,
      applications: pageOf(plan.applications, query.applicationsPage),
      accounts: pageOf(plan.accounts, query.accountsPage),
      ruleNames: { "not-awarded": "Not awarded", withdrawn: "Withdrawn", awarded: "Awarded" },
    });
  };
}
