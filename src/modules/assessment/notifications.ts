// The email the area sends: to an assessor given work or sent a review back, and to the leads.
import { tellLeads } from "../../platform/recipients.js";
import type { AssessmentDeps } from "./deps.js";

export async function notifyAssigned(
  { prisma, mailer }: AssessmentDeps,
  assessorId: string,
  applicationId: string,
  assignmentId: string,
) {
  const [assessor, application] = await Promise.all([
    prisma.user.findUnique({ where: { id: assessorId } }),
    prisma.application.findUnique({ where: { id: applicationId }, select: { reference: true } }),
  ]);
  if (!assessor) return;
  await mailer.send({
    to: assessor.email,
    subject: `Application ${application?.reference ?? ""} assigned to you`,
    template: "assessment-assigned",
    context: { name: assessor.fullName, reference: application?.reference, assignmentId },
  });
}

export async function notifyConflictDeclared(
  deps: AssessmentDeps,
  declared: { applicationId: string; reference: string | null; assessor: string; reason: string },
) {
  await tellLeads(deps, {
    subject: `Conflict of interest declared on ${declared.reference ?? "an application"}`,
    template: "assessment-conflict",
    context: {
      reference: declared.reference,
      assessor: declared.assessor,
      reason: declared.reason,
      applicationId: declared.applicationId,
    },
  });
}

export async function notifyReviewReturned(
  { mailer }: AssessmentDeps,
  returned: {
    assessor: { email: string; fullName: string };
    reference: string | null;
    comment: string;
    assignmentId: string;
  },
) {
  await mailer.send({
    to: returned.assessor.email,
    subject: `Your review of ${returned.reference ?? "an application"} has been returned`,
    template: "review-returned",
    context: {
      name: returned.assessor.fullName,
      reference: returned.reference,
      comment: returned.comment,
      assignmentId: returned.assignmentId,
    },
  });
}
