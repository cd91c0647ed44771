import { APPLICATION_STATUSES, labelOf } from "../programme/index.js";
import type { AssessmentDeps } from "./deps.js";

/**
 * The assessor's submitted reviews of applications that have moved on (decided, withdrawn, or
 * sent back for revisions), newest first, with where each application ended up. A review still
 * open to read links to it; one closed by a new round of assessment does not.
 */
export async function completedReviews({ prisma }: AssessmentDeps, assessorId: string) {
  const rows = await prisma.assignment.findMany({
    where: {
      assessorId,
      reviewStatus: "SUBMITTED",
      OR: [{ status: "CLOSED" }, { application: { status: { notIn: ["SUBMITTED", "IN_ASSESSMENT"] } } }],
    },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      application: { select: { reference: true, orgName: true, status: true } },
      id: true,
      status: true,
      submittedAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    readable: r.status !== "CLOSED",
    reference: r.application.reference,
    organisationName: r.application.orgName,
    submittedAt: r.submittedAt,
    outcome: labelOf(APPLICATION_STATUSES, r.application.status),
  }));
}
