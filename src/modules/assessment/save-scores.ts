// The assessor scores one theme of the application.
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import { splitList } from "../../platform/text.js";
import type { ThemeValue } from "../applications/index.js";
import type { AssessmentDeps } from "./deps.js";
import { loadForAssessor, NOT_DECLARED } from "./queries.js";
import { themeScoreErrors, type ThemeScoreInput } from "./schemas.js";
import { CRITERIA, rulesFrom, themeResult, type ThemeResult } from "./scoring.js";
import { scoresByTheme } from "./views.js";

const SUBMITTED = "You have submitted this review, so its scores can no longer be changed.";

/**
 * Saves what the assessor typed for one theme, complete or not, so that nothing is lost.
 * Refused once the review is submitted, or before the declaration.
 */
export async function saveThemeScores(
  deps: AssessmentDeps,
  actor: Actor,
  assignmentId: string,
  theme: ThemeValue,
  input: ThemeScoreInput,
): Promise<{ errors: Record<string, string>; result: ThemeResult } | { refused: string } | null> {
  const assignment = await loadForAssessor(deps, actor.id, assignmentId);
  if (!assignment || !splitList(assignment.application.chosenThemes).includes(theme)) return null;
  if (assignment.status !== "ACTIVE") return { refused: NOT_DECLARED };
  if (assignment.reviewStatus === "SUBMITTED") return { refused: SUBMITTED };
  if (assignment.application.status !== "IN_ASSESSMENT") {
    return { refused: "This application is no longer being assessed, so it cannot be scored." };
  }
  const rules = rulesFrom(await deps.settings.all());
  const before = scoresByTheme(assignment.scores)[theme] ?? { scores: {}, reasons: {} };
  const saved = await deps.prisma.$transaction(async (tx) => {
    const open = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "ACTIVE", reviewStatus: { not: "SUBMITTED" } },
      data: { reviewStatus: "DRAFT" },
    });
    if (open.count === 0) return false;
    for (const { key } of CRITERIA) {
      await tx.reviewScore.upsert({
        where: { assignmentId_theme_criterion: { assignmentId, theme, criterion: key } },
        create: { assignmentId, theme, criterion: key, score: input.scores[key], reason: input.reasons[key] },
        update: { score: input.scores[key], reason: input.reasons[key] },
      });
    }
    await recordAudit(tx, actor.id, "review.score", ["Application", assignment.applicationId], {
      before: { assignmentId, theme, ...before },
      after: { assignmentId, theme, scores: input.scores, reasons: input.reasons },
    });
    return true;
  });
  if (!saved) return { refused: SUBMITTED };
  return { errors: themeScoreErrors(input), result: themeResult(input.scores, rules) };
}
