import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { declarationSchema } from "../schemas.js";
import type { AssessmentService } from "../service.js";
import { refused } from "./refused.js";
import { reviewOr404 } from "./review-lookup.js";

type Deps = { assessment: AssessmentService };

/** The declaration until the assessor has made it, then the review's overview. */
export function showReview(deps: Deps): RequestHandler {
  return async (req, res) => {
    const review = await reviewOr404(deps, req);
    if (!review.declared) {
      return res.render("assessment/declaration", { review, values: {} });
    }
    res.render("assessment/review", { review, notice: req.query.notice });
  };
}

export function declareConflict(deps: Deps): RequestHandler {
  return async (req, res) => {
    const review = await reviewOr404(deps, req);
    const input = validate(declarationSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("assessment/declaration", { review, values: formBody(req.body), errors: input.errors });
    }
    const result = await deps.assessment.declare(actorOf(req), review.id, input.data);
    if (!result) throw notFound();
    if (typeof result === "object") throw refused(result.refused);
    if (result === "conflict-declared") return res.redirect(303, "/assessor?notice=conflict");
    res.redirect(303, `/assessor/reviews/${review.id}`);
  };
}

export function submitReview(deps: Deps): RequestHandler {
  return async (req, res) => {
    const review = await reviewOr404(deps, req);
    const result = await deps.assessment.submitReview(actorOf(req), review.id);
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    if (result.outcome === "incomplete") {
      return res.status(400).render("assessment/review", {
        review,
        errors: { "submit-review": `Score every sub-criterion, with a reason, for: ${result.themes.join(", ")}` },
      });
    }
    res.redirect(
      303,
      `/assessor/reviews/${review.id}?notice=submitted${result.borderline.length ? "-borderline" : ""}`,
    );
  };
}
