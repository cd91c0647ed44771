import type { RequestHandler } from "express";
import { notFound } from "../../../platform/errors.js";
import type { AssessmentService } from "../service.js";

type Deps = { assessment: AssessmentService };

/** The application's audit trail for the lead. */
export function showHistory(deps: Deps): RequestHandler {
  return async (req, res) => {
    const history = await deps.assessment.history(String(req.params.id));
    if (!history) throw notFound();
    res.render("assessment/history", history);
  };
}
