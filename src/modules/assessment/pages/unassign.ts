import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { textField } from "../../../platform/validation.js";
import type { AssessmentService } from "../service.js";
import { refused } from "./refused.js";

type Deps = { assessment: AssessmentService };

/** Taking an assessor off asks first, without needing JavaScript: the page names who and from what. */
export function confirmUnassign(deps: Deps): RequestHandler {
  return async (req, res) => {
    const preview = await deps.assessment.unassignPreview(String(req.params.assignmentId));
    if (!preview) throw notFound();
    if (!preview.open) throw refused("This assessor can no longer be taken off the application.");
    res.render("assessment/unassign", { preview });
  };
}

/** Only the confirmed form takes the assessor off; an unconfirmed one shows the question again. */
export function unassignAssessor(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    if (textField(req.body, "confirm") !== "yes") return confirmUnassign(deps)(req, res, next);
    const result = await deps.assessment.unassign(actorOf(req), String(req.params.assignmentId));
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    res.redirect(303, `/admin/applications/${result.applicationId}?notice=unassigned`);
  };
}
