import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody } from "../../../platform/validation.js";
import { readThemeScores } from "../schemas.js";
import type { AssessmentService } from "../service.js";
import { refused } from "./refused.js";
import { reviewOr404, themeOf } from "./review-lookup.js";

type Deps = { assessment: AssessmentService };

/** One theme's answers beside the assessor's scores for it. */
export function showTheme(deps: Deps): RequestHandler {
  return async (req, res) => {
    const theme = themeOf(req);
    const review = await reviewOr404(deps, req);
    if (!review.declared) return res.redirect(303, `/assessor/reviews/${review.id}`);
    const section = review.themes.find((t) => t.theme === theme);
    if (!section) throw notFound();
    res.render("assessment/score-theme", {
      review,
      section,
      values: { scores: section.scores, reasons: section.reasons },
      result: section.result,
      saved: req.query.saved,
    });
  };
}

/** Saves the theme's scores as typed; only continuing, not saving a draft, insists on every one. */
export function saveTheme(deps: Deps): RequestHandler {
  return async (req, res) => {
    const theme = themeOf(req);
    const review = await reviewOr404(deps, req);
    const input = readThemeScores(req.body);
    const result = await deps.assessment.saveThemeScores(actorOf(req), review.id, theme, input);
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    const section = review.declared ? review.themes.find((t) => t.theme === theme) : undefined;
    if (!section) throw notFound();
    const draft = formBody(req.body).action === "draft";
    if (!draft && Object.keys(result.errors).length > 0) {
      return res.status(400).render("assessment/score-theme", {
        review,
        section,
        values: input,
        result: result.result,
        errors: result.errors,
        saved: "draft",
      });
    }
    if (draft)
      return res.redirect(303, `/assessor/reviews/${review.id}/themes/${String(req.params.theme)}?saved=draft`);
    res.redirect(303, `/assessor/reviews/${review.id}?notice=theme-saved`);
  };
}
