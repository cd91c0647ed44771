// Reviews and decisions: the decisions and appeals as the organisation sees them, and the
// reviews an assessor wrote.
import type { Db } from "../../../platform/db/index.js";
import type { LoadedApplication } from "./applications.js";
import { splitList } from "../../../platform/text.js";
import { iso } from "./format.js";

const scoreRecord = (s: { theme: string; criterion: string; score: number | null; reason: string }) => ({
  theme: s.theme,
  criterion: s.criterion,
  score: s.score,
  reason: s.reason,
});

/**
 * The decisions as the organisation sees them: outcome, themes, feedback, the appeal deadline,
 * and the assessors' scores (as "Assessor 1", never by name) only where the lead published them
 * with the decision that stands.
 */
export function decisionRecords(application: LoadedApplication) {
  const latest = application.decisions.at(-1);
  return application.decisions.map((decision) => ({
    applicationId: application.id,
    applicationReference: application.reference,
    outcome: decision.outcome,
    decidedAt: iso(decision.decidedAt),
    recognisedThemes: splitList(decision.recognisedThemes),
    feedback: decision.feedback,
    appealBy: decision.appealBy,
    assessorScores:
      decision === latest && decision.scoresPublished
        ? application.assignments.map((review, index) => ({
            assessor: `Assessor ${index + 1}`,
            scores: review.scores.map(scoreRecord),
          }))
        : null,
  }));
}

export function appealRecords(application: LoadedApplication) {
  return application.decisions.flatMap((decision) =>
    decision.appeal
      ? [
          {
            applicationId: application.id,
            applicationReference: application.reference,
            decisionDecidedAt: iso(decision.decidedAt),
            reason: decision.appeal.reason,
            submittedAt: iso(decision.appeal.submittedAt),
            outcome: decision.appeal.outcome,
            outcomeNotes: decision.appeal.outcomeNotes,
            decidedAt: iso(decision.appeal.decidedAt),
          },
        ]
      : [],
  );
}

/** The reviews a person was assigned as an assessor, with their scores. */
export const reviewsBy = (prisma: Db, assessorId: string) =>
  prisma.assignment.findMany({
    where: { assessorId },
    include: {
      application: { select: { id: true, reference: true, orgName: true } },
      scores: { orderBy: [{ theme: "asc" }, { criterion: "asc" }] },
    },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
  });

export function reviewRecord(a: Awaited<ReturnType<typeof reviewsBy>>[number]) {
  return {
    applicationId: a.application.id,
    applicationReference: a.application.reference,
    organisationName: a.application.orgName,
    status: a.status,
    assignedAt: iso(a.assignedAt),
    declaredAt: iso(a.declaredAt),
    conflictReason: a.conflictReason,
    reviewStatus: a.reviewStatus,
    submittedAt: iso(a.submittedAt),
    returnComment: a.returnComment,
    returnedAt: iso(a.returnedAt),
    closedAt: iso(a.closedAt),
    scores: a.scores.map(scoreRecord),
  };
}
