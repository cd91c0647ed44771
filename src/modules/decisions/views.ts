import { splitList } from "../../platform/text.js";
import { combinedResult, scoresByTheme, themeResult, type ScoringRules } from "../assessment/index.js";
import { CRITERIA, THEMES } from "../programme/index.js";
import { submittedReviews, type LoadedApplication } from "./queries.js";

export const themeLabel = (theme: string) => THEMES.find((t) => t.value === theme)?.label ?? theme;

export const OUTCOME_WORDS = {
  AWARDED: "Awarded",
  NOT_AWARDED: "Not awarded",
  REVISIONS_REQUESTED: "Revisions requested",
};

/** The assessors' reasons, theme by theme, without their names: where the lead's feedback starts. */
export function draftFeedback(application: LoadedApplication): string {
  const reviews = submittedReviews(application);
  const sections = splitList(application.chosenThemes).map((theme) => {
    const lines = reviews.flatMap((review) =>
      review.scores.filter((s) => s.theme === theme && s.reason.trim() !== "").map((s) => `- ${s.reason.trim()}`),
    );
    return `${themeLabel(theme)} theme\n${lines.join("\n")}`;
  });
  return sections.join("\n\n");
}

/** Each theme's combined result and every review's scores, the assessors numbered, not named. */
export function publishedScores(application: LoadedApplication, rules: ScoringRules) {
  const reviews = submittedReviews(application);
  return splitList(application.chosenThemes).map((theme) => {
    const perReview = reviews.map((review, index) => {
      const entry = scoresByTheme(review.scores)[theme] ?? { scores: {}, reasons: {} };
      // A row per criterion, named as the award page names it, so the page needs no list of its own.
      const rows = CRITERIA.map((c) => ({ label: c.label, score: entry.scores[c.key], reason: entry.reasons[c.key] }));
      return { label: `Assessor ${index + 1}`, ...entry, rows, result: themeResult(entry.scores, rules) };
    });
    return {
      theme,
      combined: combinedResult(
        perReview.map((r) => r.scores),
        rules,
      ),
      reviews: perReview,
    };
  });
}
