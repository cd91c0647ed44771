import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import type { AssessmentService } from "../service.js";

type Deps = { assessment: AssessmentService };

/** The way in for assessors and the lead, pointing each to their own work. */
export function showAssessmentHome(): RequestHandler {
  return (_req, res) => {
    res.render("assessment/index");
  };
}

/** The assessor's own open assignments, and the reviews they finished for applications since decided. */
export function showAssessorQueue(deps: Deps): RequestHandler {
  return async (req, res) => {
    const { id } = signedInUser(req);
    const [assignments, completed] = await Promise.all([
      deps.assessment.assessorQueue(id),
      deps.assessment.completedReviews(id),
    ]);
    res.render("assessment/assessor-queue", { assignments, completed });
  };
}
