import { isIdLike } from "../../platform/validation.js";
import type { AssessmentDeps } from "./deps.js";
import { isOpenAssignment } from "./queries.js";

/** What the lead is asked to confirm before taking an assessor off: who, from which application. */
export async function unassignPreview({ prisma }: AssessmentDeps, assignmentId: string) {
  if (!isIdLike(assignmentId)) return null;
  const assignment = await prisma.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      assessor: { select: { fullName: true } },
      application: { select: { id: true, reference: true, orgName: true } },
    },
  });
  if (!assignment) return null;
  return {
    id: assignment.id,
    assessorName: assignment.assessor.fullName,
    application: assignment.application,
    open: isOpenAssignment(assignment.status) && assignment.reviewStatus !== "SUBMITTED",
  };
}
