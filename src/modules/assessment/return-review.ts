// The lead sends a submitted review back to its assessor.
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { AssessmentDeps } from "./deps.js";
import { notifyReviewReturned } from "./notifications.js";

/** The lead sends a submitted review back to its assessor with a comment. */
export async function returnReview(deps: AssessmentDeps, actor: Actor, assignmentId: string, comment: string) {
  const { prisma, now } = deps;
  const assignment = await prisma.assignment.findUnique({
    where: { id: assignmentId },
    include: { assessor: true, application: { select: { status: true, reference: true } } },
  });
  if (!assignment || assignment.status !== "ACTIVE") return null;
  if (assignment.reviewStatus !== "SUBMITTED" || assignment.application.status !== "IN_ASSESSMENT") {
    return { refused: "Only a submitted review of an application still in assessment can be returned." };
  }
  await prisma.$transaction(async (tx) => {
    await tx.assignment.update({
      where: { id: assignmentId },
      data: { reviewStatus: "DRAFT", submittedAt: null, returnComment: comment, returnedAt: now() },
    });
    await recordAudit(tx, actor.id, "review.return", ["Application", assignment.applicationId], {
      before: { assignmentId, reviewStatus: "SUBMITTED" },
      after: { assignmentId, reviewStatus: "DRAFT", returnComment: comment },
    });
  });
  await notifyReviewReturned(deps, {
    assessor: assignment.assessor,
    reference: assignment.application.reference,
    comment,
    assignmentId,
  });
  return { applicationId: assignment.applicationId };
}
