// The assessor submits their review once every theme is scored.
import { tellLeads } from "../../platform/recipients.js";
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import { splitList } from "../../platform/text.js";
import type { AssessmentDeps } from "./deps.js";
import { loadForAssessor, NOT_DECLARED, OPEN_ASSIGNMENT } from "./queries.js";
import { rulesFrom, themeResult, type ThemeResult } from "./scoring.js";
import { scoresByTheme, themeComplete, themeLabel } from "./views.js";

const ALREADY_SUBMITTED = "You have already submitted this review.";

type ThemeOutcome = { theme: string } & ThemeResult;

/** Marks the review submitted and, when a theme is borderline and only one assessor is on it, asks for a second. */
async function markSubmitted(
  { prisma, now }: AssessmentDeps,
  actor: Actor,
  assignment: { id: string; applicationId: string; reviewStatus: string },
  results: ThemeOutcome[],
  borderline: string[],
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const changed = await tx.assignment.updateMany({
      where: { id: assignment.id, status: "ACTIVE", reviewStatus: { not: "SUBMITTED" } },
      data: { reviewStatus: "SUBMITTED", submittedAt: now() },
    });
    if (changed.count === 0) return false;
    let flagged = false;
    if (borderline.length > 0) {
      const open = await tx.assignment.count({
        where: { applicationId: assignment.applicationId, status: { in: [...OPEN_ASSIGNMENT] } },
      });
      if (open < 2) {
        await tx.application.update({ where: { id: assignment.applicationId }, data: { secondAssessorNeeded: true } });
        flagged = true;
      }
    }
    await recordAudit(tx, actor.id, "review.submit", ["Application", assignment.applicationId], {
      before: { assignmentId: assignment.id, reviewStatus: assignment.reviewStatus },
      after: {
        assignmentId: assignment.id,
        reviewStatus: "SUBMITTED",
        results: results.map((r) => ({ theme: r.theme, percent: r.percent, recognised: r.recognised })),
        secondAssessorNeeded: flagged,
      },
    });
    return true;
  });
}

/** Refused before the declaration or once submitted; incomplete until every chosen theme is scored with reasons. */
export async function submitReview(
  deps: AssessmentDeps,
  actor: Actor,
  assignmentId: string,
): Promise<
  | { outcome: "submitted"; borderline: string[] }
  | { outcome: "incomplete"; themes: string[] }
  | { refused: string }
  | null
> {
  const assignment = await loadForAssessor(deps, actor.id, assignmentId);
  if (!assignment) return null;
  if (assignment.status !== "ACTIVE") return { refused: NOT_DECLARED };
  if (assignment.reviewStatus === "SUBMITTED") return { refused: ALREADY_SUBMITTED };
  if (assignment.application.status !== "IN_ASSESSMENT") {
    return { refused: "This application is no longer being assessed." };
  }
  const chosen = splitList(assignment.application.chosenThemes);
  const mine = scoresByTheme(assignment.scores);
  const incomplete = chosen.filter((theme) => !themeComplete(mine[theme]));
  if (incomplete.length > 0) return { outcome: "incomplete", themes: incomplete.map(themeLabel) };
  const rules = rulesFrom(await deps.settings.all());
  const results = chosen.map((theme) => ({ theme, ...themeResult(mine[theme]?.scores ?? {}, rules) }));
  const borderline = results.filter((r) => r.borderline).map((r) => themeLabel(r.theme));
  const done = await markSubmitted(deps, actor, assignment, results, borderline);
  if (!done) return { refused: ALREADY_SUBMITTED };
  const { reference, orgName } = assignment.application;
  await tellLeads(deps, {
    subject: `Review submitted on ${reference ?? "an application"}`,
    template: "review-submitted-lead",
    context: { reference, organisationName: orgName, applicationId: assignment.applicationId, borderline },
  });
  return { outcome: "submitted", borderline };
}
