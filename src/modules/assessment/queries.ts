// Reads and checks that several of the area's use cases share.
import type { AssessmentDeps } from "./deps.js";
import { automaticConflicts } from "./conflicts.js";

/** Assignments that still hold the assessor to the application. */
export const OPEN_ASSIGNMENT = ["AWAITING_DECLARATION", "ACTIVE"] as const;

export const isOpenAssignment = (status: string) => (OPEN_ASSIGNMENT as readonly string[]).includes(status);

/** A second open assignment to the same application breaks the unique open key. */
export const isUnique = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** How many reviews each assessor has still to finish on applications awaiting a decision. */
export async function openWorkloads({ prisma }: AssessmentDeps, assessorIds: string[]): Promise<Map<string, number>> {
  const rows = await prisma.assignment.groupBy({
    by: ["assessorId"],
    where: {
      assessorId: { in: assessorIds },
      status: { in: [...OPEN_ASSIGNMENT] },
      reviewStatus: { not: "SUBMITTED" },
      application: { status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } },
    },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.assessorId, r._count._all]));
}

/** The automatic conflict checks for one assessor and application, for showing before assigning. */
export async function conflictsFor(
  { prisma }: AssessmentDeps,
  applicationId: string,
  assessor: { id: string; email: string },
) {
  const application = await prisma.application.findUnique({
    where: { id: applicationId },
    select: {
      orgWebsite: true,
      organisation: {
        select: { website: true, members: { select: { userId: true, user: { select: { email: true } } } } },
      },
    },
  });
  if (!application) return [];
  return automaticConflicts({
    assessor,
    organisation: {
      website: application.organisation.website || application.orgWebsite,
      members: application.organisation.members.map((m) => ({ userId: m.userId, email: m.user.email })),
    },
  });
}

/** Scoring and submitting both wait for the assessor to declare no conflict of interest. */
export const NOT_DECLARED = "Declare whether you have a conflict of interest before you score this application.";

/** An application's themes with their evidence files, oldest first, as the scoring pages list them. */
export const THEMES_WITH_EVIDENCE = {
  include: {
    evidence: {
      orderBy: { createdAt: "asc" },
      select: { id: true, originalName: true, description: true, size: true },
    },
  },
} as const;

/** One of the assessor's own assignments that is not closed, with its scores and the answers. */
export async function loadForAssessor({ prisma }: AssessmentDeps, assessorId: string, assignmentId: string) {
  const assignment = await prisma.assignment.findFirst({
    where: { id: assignmentId, assessorId, status: { not: "CLOSED" } },
    include: {
      scores: true,
      application: {
        include: {
          themes: THEMES_WITH_EVIDENCE,
        },
      },
    },
  });
  return assignment;
}
