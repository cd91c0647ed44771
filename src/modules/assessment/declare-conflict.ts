// The assessor says, before seeing the answers, whether they have a conflict of interest.
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { AssessmentDeps } from "./deps.js";
import { notifyConflictDeclared } from "./notifications.js";
import { loadForAssessor } from "./queries.js";

const ALREADY_DECLARED = "You have already made your declaration for this application.";

/** Made once per assignment; a declared conflict frees the place and tells the leads. */
export async function declare(
  deps: AssessmentDeps,
  actor: Actor,
  assignmentId: string,
  declaration: { conflict: "yes" | "no"; conflictReason: string },
): Promise<"declared" | "conflict-declared" | { refused: string } | null> {
  const { prisma, now } = deps;
  const assignment = await loadForAssessor(deps, actor.id, assignmentId);
  if (!assignment) return null;
  if (assignment.status !== "AWAITING_DECLARATION") return { refused: ALREADY_DECLARED };
  const conflict = declaration.conflict === "yes";
  const result = await prisma.$transaction(async (tx) => {
    const changed = await tx.assignment.updateMany({
      where: { id: assignmentId, status: "AWAITING_DECLARATION" },
      data: conflict
        ? {
            status: "CONFLICT_DECLARED",
            openKey: null,
            declaredAt: now(),
            conflictReason: declaration.conflictReason,
          }
        : { status: "ACTIVE", declaredAt: now() },
    });
    if (changed.count === 0) return false;
    await recordAudit(
      tx,
      actor.id,
      conflict ? "assessment.declare-conflict" : "assessment.declare-no-conflict",
      ["Application", assignment.applicationId],
      {
        before: { assignmentId, status: "AWAITING_DECLARATION" },
        after: {
          assignmentId,
          status: conflict ? "CONFLICT_DECLARED" : "ACTIVE",
          ...(conflict ? { conflictReason: declaration.conflictReason } : {}),
        },
      },
    );
    return true;
  });
  if (!result) return { refused: ALREADY_DECLARED };
  if (!conflict) return "declared";
  await notifyConflictDeclared(deps, {
    applicationId: assignment.applicationId,
    reference: assignment.application.reference,
    assessor: actor.fullName,
    reason: declaration.conflictReason,
  });
  return "conflict-declared";
}
