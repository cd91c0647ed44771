import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { queueSchema, type QueueFilters } from "../schemas.js";
import type { AssessmentService } from "../service.js";

type Deps = { assessment: AssessmentService };

/** The queue's own address for another page of the same filters, leaving out what is the default. */
function queueHref(filters: QueueFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  return `/admin/applications${text ? `?${text}` : ""}`;
}

/** The lead's queue of applications, filtered, sorted and paged. */
export function showQueue(deps: Deps): RequestHandler {
  return async (req, res) => {
    const filters = queueSchema.parse(req.query);
    const [queue, assessors] = await Promise.all([deps.assessment.queue(filters), deps.assessment.assessors()]);
    res.render("assessment/queue", {
      queue,
      filters,
      assessors,
      previousHref: queue.page > 1 ? queueHref(filters, queue.page - 1) : null,
      nextHref: queue.page < queue.pages ? queueHref(filters, queue.page + 1) : null,
      autoAssigned: req.query.autoAssigned,
    });
  };
}

/** Assigns an assessor to every application that has none. */
export function autoAssignAll(deps: Deps): RequestHandler {
  return async (req, res) => {
    const result = await deps.assessment.autoAssign(actorOf(req));
    res.redirect(303, `/admin/applications?autoAssigned=${result.assigned.length}-${result.unassigned.length}`);
  };
}
