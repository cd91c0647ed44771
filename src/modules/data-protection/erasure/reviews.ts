// Reviews and decisions: assessors' assignments and scores, the lead's decisions and appeals.
import type { Tx } from "../deps.js";

const OPEN_ASSIGNMENT = ["AWAITING_DECLARATION", "ACTIVE"] as const;

/** Still with the assessor: closed on erasure, so that the lead can assign someone else. */
export const isOpenAssignment = (a: { status: string }) => (OPEN_ASSIGNMENT as readonly string[]).includes(a.status);

export const assignmentsOf = (tx: Tx, assessorId: string) =>
  tx.assignment.findMany({
    where: { assessorId },
    select: { id: true, applicationId: true, status: true, reviewStatus: true },
  });

/**
 * An erased assessor's reviews: submitted ones stay, with the scores and reasons; open
 * assignments close (the lead assigns someone else) and unfinished drafts go.
 */
export async function closeReviews(
  tx: Tx,
  assessorId: string,
  assignments: { id: string; status: string; reviewStatus: string }[],
  now: Date,
): Promise<{ assignmentsClosed: number; draftReviewsRemoved: number }> {
  const open = assignments.filter(isOpenAssignment);
  await tx.assignment.updateMany({
    where: { id: { in: open.map((a) => a.id) } },
    data: { status: "CLOSED", openKey: null, closedAt: now },
  });
  const unfinished = assignments.filter((a) => a.reviewStatus !== "SUBMITTED").map((a) => a.id);
  const draftReviews = await tx.reviewScore.deleteMany({ where: { assignmentId: { in: unfinished } } });
  await tx.assignment.updateMany({ where: { assessorId }, data: { conflictReason: "" } });
  return { assignmentsClosed: open.length, draftReviewsRemoved: draftReviews.count };
}

/** Open assignments on applications that are being withdrawn. */
export async function closeOpenAssignments(tx: Tx, applicationIds: string[], now: Date): Promise<void> {
  await tx.assignment.updateMany({
    where: { applicationId: { in: applicationIds }, status: { in: [...OPEN_ASSIGNMENT] } },
    data: { status: "CLOSED", openKey: null, closedAt: now },
  });
}

type Clean = (text: string) => string;

/** The person's name and addresses out of an application's decisions, appeals and reviews. */
export async function cleanReviewTexts(
  tx: Tx,
  application: {
    decisions: { id: string; feedback: string; appeal: { id: string; reason: string; outcomeNotes: string } | null }[];
    assignments: {
      id: string;
      returnComment: string;
      conflictReason: string;
      scores: { id: string; reason: string }[];
    }[];
  },
  clean: Clean,
): Promise<void> {
  for (const decision of application.decisions) {
    const feedback = clean(decision.feedback);
    if (feedback !== decision.feedback) await tx.decision.update({ where: { id: decision.id }, data: { feedback } });
    if (decision.appeal) {
      const [reason, outcomeNotes] = [clean(decision.appeal.reason), clean(decision.appeal.outcomeNotes)];
      if (reason !== decision.appeal.reason || outcomeNotes !== decision.appeal.outcomeNotes)
        await tx.appeal.update({ where: { id: decision.appeal.id }, data: { reason, outcomeNotes } });
    }
  }
  for (const assignment of application.assignments) {
    const [returnComment, conflictReason] = [clean(assignment.returnComment), clean(assignment.conflictReason)];
    if (returnComment !== assignment.returnComment || conflictReason !== assignment.conflictReason)
      await tx.assignment.update({ where: { id: assignment.id }, data: { returnComment, conflictReason } });
    for (const score of assignment.scores) {
      const reason = clean(score.reason);
      if (reason !== score.reason) await tx.reviewScore.update({ where: { id: score.id }, data: { reason } });
    }
  }
}

/** Every written reason on these applications' reviews, decisions and appeals; scores and outcomes stay. */
export async function anonymiseReviews(tx: Tx, ids: string[]): Promise<void> {
  await tx.assignment.updateMany({
    where: { applicationId: { in: ids } },
    data: { conflictReason: "", returnComment: "" },
  });
  await tx.reviewScore.updateMany({ where: { assignment: { applicationId: { in: ids } } }, data: { reason: "" } });
  await tx.decision.updateMany({ where: { applicationId: { in: ids } }, data: { feedback: "" } });
  await tx.appeal.updateMany({ where: { applicationId: { in: ids } }, data: { reason: "", outcomeNotes: "" } });
}
