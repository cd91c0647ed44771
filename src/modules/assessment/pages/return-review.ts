import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { returnSchema } from "../schemas.js";
import type { AssessmentService } from "../service.js";
import { refused } from "./refused.js";

type Deps = { assessment: AssessmentService };

export function showReturnForm(): RequestHandler {
  return (req, res) => {
    res.render("assessment/return-review", { assignmentId: req.params.assignmentId, values: {} });
  };
}

/** The lead sends a submitted review back with a comment for the assessor. */
export function returnReview(deps: Deps): RequestHandler {
  return async (req, res) => {
    const input = validate(returnSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("assessment/return-review", {
        assignmentId: req.params.assignmentId,
        values: formBody(req.body),
        errors: input.errors,
      });
    }
    const result = await deps.assessment.returnReview(
      actorOf(req),
      String(req.params.assignmentId),
      input.data.returnComment,
    );
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused ?? "");
    res.redirect(303, `/admin/applications/${result.applicationId}?notice=returned`);
  };
}
