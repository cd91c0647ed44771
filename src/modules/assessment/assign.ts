// The lead puts an assessor on an application, by hand, or takes one off.
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Prisma } from "../../platform/db/index.js";
import type { AssessmentDeps } from "./deps.js";
import { notifyAssigned } from "./notifications.js";
import { conflictsFor, isOpenAssignment, isUnique, OPEN_ASSIGNMENT } from "./queries.js";

/** Assigns inside a transaction; the caller has already run the conflict checks. */
export async function assignIn(
  { now }: AssessmentDeps,
  tx: Prisma.TransactionClient,
  actor: Actor,
  application: { id: string; status: string },
  assessorId: string,
  auto: boolean,
) {
  const assignment = await tx.assignment.create({
    data: {
      applicationId: application.id,
      assessorId,
      openKey: `${application.id}:${assessorId}`,
      assignedById: actor.id,
      assignedAt: now(),
      autoAssigned: auto,
    },
  });
  const openCount = await tx.assignment.count({
    where: { applicationId: application.id, status: { in: [...OPEN_ASSIGNMENT] } },
  });
  await tx.application.update({
    where: { id: application.id },
    data: {
      ...(application.status === "SUBMITTED" ? { status: "IN_ASSESSMENT" as const } : {}),
      ...(openCount >= 2 ? { secondAssessorNeeded: false } : {}),
    },
  });
  await recordAudit(
    tx,
    actor.id,
    auto ? "assessment.auto-assign" : "assessment.assign",
    ["Application", application.id],
    {
      before: { status: application.status },
      after: { status: "IN_ASSESSMENT", assignmentId: assignment.id, assessorId },
    },
  );
  return assignment;
}

/**
 * Refused unless the application awaits assessment and the assessor is active, clear of the
 * automatic conflict checks, has not declared a conflict with it and is not already on it.
 */
export async function assign(
  deps: AssessmentDeps,
  actor: Actor,
  applicationId: string,
  assessorId: string,
): Promise<{ outcome: "assigned" } | { outcome: "refused"; message: string } | null> {
  const { prisma } = deps;
  const application = await prisma.application.findFirst({
    where: { id: applicationId, status: { not: "DRAFT" } },
    select: { id: true, status: true },
  });
  if (!application) return null;
  if (application.status !== "SUBMITTED" && application.status !== "IN_ASSESSMENT") {
    return { outcome: "refused", message: "Assessors can only be assigned to an application awaiting assessment." };
  }
  const assessor = await prisma.user.findFirst({ where: { id: assessorId, role: "ASSESSOR", active: true } });
  if (!assessor) return { outcome: "refused", message: "Select an active assessor from the list." };
  const conflicts = await conflictsFor(deps, applicationId, assessor);
  if (conflicts.length > 0) {
    return {
      outcome: "refused",
      message: `${assessor.fullName} cannot assess this application: ${conflicts.join(" ")}`,
    };
  }
  const declared = await prisma.assignment.findFirst({
    where: { applicationId, assessorId, status: "CONFLICT_DECLARED" },
  });
  if (declared) {
    return {
      outcome: "refused",
      message: `${assessor.fullName} has declared a conflict of interest with this application.`,
    };
  }
  try {
    const assignment = await prisma.$transaction((tx) => assignIn(deps, tx, actor, application, assessorId, false));
    await notifyAssigned(deps, assessorId, applicationId, assignment.id);
    return { outcome: "assigned" };
  } catch (error) {
    if (isUnique(error)) {
      return { outcome: "refused", message: `${assessor.fullName} is already assigned to this application.` };
    }
    throw error;
  }
}

/** The lead takes an assessor off an application whose review is not yet submitted. */
export async function unassign(
  { prisma, now }: AssessmentDeps,
  actor: Actor,
  assignmentId: string,
): Promise<{ applicationId: string } | { refused: string } | null> {
  const assignment = await prisma.assignment.findUnique({ where: { id: assignmentId } });
  if (!assignment) return null;
  if (!isOpenAssignment(assignment.status)) {
    return { refused: "This assessor is no longer assigned." };
  }
  if (assignment.reviewStatus === "SUBMITTED") {
    return { refused: "This assessor has submitted their review, so they cannot be taken off the application." };
  }
  await prisma.$transaction(async (tx) => {
    await tx.assignment.update({
      where: { id: assignmentId },
      data: { status: "CLOSED", openKey: null, closedAt: now() },
    });
    await recordAudit(tx, actor.id, "assessment.unassign", ["Application", assignment.applicationId], {
      before: { assignmentId, assessorId: assignment.assessorId, status: assignment.status },
      after: { assignmentId, status: "CLOSED" },
    });
  });
  return { applicationId: assignment.applicationId };
}
