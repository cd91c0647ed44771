// The assessors' part: assignments, declarations and scores, as far as each application has got.
import { CRITERION_KEYS } from "../assessment/index.js";
import type { ThemeValue } from "../programme/index.js";
import { daysBefore, type DemoContext } from "./context.js";
import type { DemoApplication } from "./plan.js";
import { REVIEW_REASONS } from "./stories.js";

/** Scores for the five sub-criteria, in the order of CRITERION_KEYS (null: not scored yet). */
type Pattern = readonly (number | null)[];

// With the default weights (30/20/20/20/10): 75% to 85% recognised, 70% and 72.5% recognised,
// 57.5% borderline, 50% and 37.5% not recognised.
const RECOGNISED: Pattern[] = [
  [3, 3, 3, 3, 3],
  [4, 3, 3, 3, 3],
  [4, 4, 3, 3, 3],
  [3, 4, 3, 4, 3],
];
const READY: Pattern[] = [
  [3, 3, 3, 2, 3],
  [3, 3, 3, 3, 2],
];
const BORDERLINE: Pattern = [3, 2, 2, 2, 2];
const REVISIONS: Pattern = [2, 2, 2, 2, 2];
const NOT_RECOGNISED: Pattern = [2, 1, 1, 2, 1];
const PART_SCORED: Pattern = [3, 3, 2, null, null];

/** One assessor's assignment: days ago for each step, and the scores given to each theme. */
interface ReviewPlan {
  assessor: number;
  assigned: number;
  declared?: number;
  submitted?: number;
  closed?: number;
  /** The scores of the first themes, in order; a theme past the end is not scored yet. */
  themes: Pattern[];
}

function reviewed(app: DemoApplication, assessor: number, pattern: Pattern, closed?: number): ReviewPlan {
  const submitted = app.submitted!;
  const decided = app.decided!;
  return {
    assessor,
    assigned: submitted - 2,
    declared: submitted - 3,
    submitted: decided + 2,
    ...(closed === undefined ? {} : { closed }),
    themes: app.themes.map(() => pattern),
  };
}

/** Who reviewed the application and how far they got, by its stage. */
export function reviewPlans(app: DemoApplication, order: number): ReviewPlan[] {
  const turn = order % 3;
  const all = (pattern: Pattern) => app.themes.map(() => pattern);
  switch (app.stage) {
    case "awaiting-declaration":
      return [{ assessor: 0, assigned: app.assigned!, themes: [] }];
    case "scoring":
      return [{ assessor: 0, assigned: app.assigned!, declared: app.assigned! - 1, themes: [PART_SCORED] }];
    case "borderline": {
      const done = app.reviewed!;
      return [{ assessor: 1, assigned: done + 8, declared: done + 7, submitted: done, themes: all(BORDERLINE) }];
    }
    case "ready": {
      const done = app.reviewed!;
      return READY.map((pattern, index) => ({
        assessor: index + 1,
        assigned: done + 10,
        declared: done + 9 - index,
        submitted: done + 2 - 2 * index,
        themes: all(pattern),
      }));
    }
    case "revisions-requested":
      return [reviewed(app, turn, REVISIONS, app.decided)];
    case "awarded":
      return [reviewed(app, turn, RECOGNISED[order % RECOGNISED.length]!)];
    case "not-awarded":
      return [reviewed(app, turn, NOT_RECOGNISED)];
    default:
      return [];
  }
}

function reasonFor(criterion: string, score: number | null): string {
  if (score === null) return "";
  const reasons = REVIEW_REASONS[criterion]!;
  return score <= 1 ? reasons[0] : score === 2 ? reasons[1] : reasons[2];
}

/** Writes the application's assignments with their scores. */
export async function writeReviews(
  ctx: DemoContext,
  applicationId: string,
  app: DemoApplication,
  order: number,
): Promise<void> {
  const at = (days: number | undefined) => (days === undefined ? null : daysBefore(ctx.now, days));
  for (const plan of reviewPlans(app, order)) {
    const assessorId = ctx.assessorIds[plan.assessor]!;
    const closed = plan.closed !== undefined;
    const scored = plan.themes.flatMap((pattern, index) => scoreRows(app.themes[index]!, pattern));
    await ctx.tx.assignment.create({
      data: {
        applicationId,
        assessorId,
        openKey: closed ? null : `${applicationId}:${assessorId}`,
        status: closed ? "CLOSED" : plan.declared === undefined ? "AWAITING_DECLARATION" : "ACTIVE",
        assignedById: ctx.leadId,
        assignedAt: at(plan.assigned)!,
        declaredAt: at(plan.declared),
        closedAt: at(plan.closed),
        reviewStatus: plan.submitted !== undefined ? "SUBMITTED" : scored.length > 0 ? "DRAFT" : "NOT_STARTED",
        submittedAt: at(plan.submitted),
        scores: { create: scored },
      },
    });
  }
}

function scoreRows(theme: ThemeValue, pattern: Pattern) {
  return CRITERION_KEYS.map((criterion, index) => {
    const score = pattern[index] ?? null;
    return { theme, criterion, score, reason: reasonFor(criterion, score) };
  });
}
