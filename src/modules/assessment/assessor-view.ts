// One assignment as its assessor sees it, and whether an assessor may see an application's files.
import { splitList } from "../../platform/text.js";
import type { AssessmentDeps } from "./deps.js";
import { loadForAssessor } from "./queries.js";
import { rulesFrom, themeResult, type Scores, type ScoringRules, type ThemeResult } from "./scoring.js";
import { reviewThemes, scoresByTheme, themeComplete } from "./views.js";

type OtherReview = {
  label: string;
  themes: { theme: string; result: ThemeResult; scores: Scores; reasons: Record<string, string> }[];
};

// Other assessors' reviews stay hidden until this one is submitted, so nobody is led by them.
async function otherReviews(
  { prisma }: AssessmentDeps,
  assignment: { id: string; applicationId: string; reviewStatus: string },
  chosen: string[],
  rules: ScoringRules,
): Promise<OtherReview[]> {
  if (assignment.reviewStatus !== "SUBMITTED") return [];
  const rows = await prisma.assignment.findMany({
    where: {
      applicationId: assignment.applicationId,
      id: { not: assignment.id },
      status: "ACTIVE",
      reviewStatus: "SUBMITTED",
    },
    orderBy: { submittedAt: "asc" },
    include: { scores: true },
  });
  return rows.map((row, index) => ({
    label: `Other assessor ${index + 1}`,
    themes: reviewThemes(row.scores, chosen, rules),
  }));
}

/**
 * One assignment as its assessor sees it. Until the assessor has declared no conflict of
 * interest, only the reference and organisation are given, not the answers.
 */
export async function forAssessor(deps: AssessmentDeps, assessorId: string, assignmentId: string) {
  const assignment = await loadForAssessor(deps, assessorId, assignmentId);
  if (!assignment) return null;
  const rules = rulesFrom(await deps.settings.all());
  const application = assignment.application;
  const chosen = splitList(application.chosenThemes);
  const mine = scoresByTheme(assignment.scores);
  const base = {
    id: assignment.id,
    status: assignment.status,
    reviewStatus: assignment.reviewStatus,
    returnComment: assignment.reviewStatus !== "SUBMITTED" ? assignment.returnComment : "",
    reference: application.reference,
    organisationName: application.orgName,
    applicationStatus: application.status,
    conflictReason: assignment.conflictReason,
  };
  if (assignment.status !== "ACTIVE") return { ...base, declared: false as const };
  const themes = chosen.map((theme) => ({
    theme,
    answers: application.themes.find((t) => t.theme === theme) ?? null,
    scores: mine[theme]?.scores ?? {},
    reasons: mine[theme]?.reasons ?? {},
    complete: themeComplete(mine[theme]),
    result: themeResult(mine[theme]?.scores ?? {}, rules),
  }));
  return {
    ...base,
    declared: true as const,
    application: {
      orgType: application.orgType,
      orgPlaces: splitList(application.orgPlaces),
      orgSizeBand: application.orgSizeBand,
      orgWebsite: application.orgWebsite,
      submittedAt: application.submittedAt,
    },
    themes,
    others: await otherReviews(deps, assignment, chosen, rules),
    canScore: assignment.reviewStatus !== "SUBMITTED" && application.status === "IN_ASSESSMENT",
  };
}

/**
 * True only while the user holds a current assignment to the application and has declared no
 * conflict of interest. The evidence download asks this before serving an assessor a file.
 */
export async function isAssignedAssessor(
  { prisma }: AssessmentDeps,
  userId: string,
  applicationId: string,
): Promise<boolean> {
  const found = await prisma.assignment.findFirst({
    where: {
      assessorId: userId,
      applicationId,
      status: "ACTIVE",
      assessor: { active: true, role: "ASSESSOR" },
      // A withdrawn application is no longer anyone's to assess.
      application: { status: { not: "WITHDRAWN" } },
    },
    select: { id: true },
  });
  return found !== null;
}
