// The assessment area's use cases gathered into the service the composition root builds.
import type { Actor } from "../../platform/auth.js";
import type { ThemeValue } from "../applications/index.js";
import { assign, unassign } from "./assign.js";
import { unassignPreview } from "./unassign-preview.js";
import { completedReviews } from "./completed-reviews.js";
import { forAssessor, isAssignedAssessor } from "./assessor-view.js";
import { autoAssign } from "./auto-assign.js";
import { declare } from "./declare-conflict.js";
import type { AssessmentDeps } from "./deps.js";
import { forLead, history } from "./lead-view.js";
import { conflictsFor } from "./queries.js";
import { assessorQueue, assessors, queue } from "./queue.js";
import { returnReview } from "./return-review.js";
import { saveThemeScores } from "./save-scores.js";
import type { QueueFilters, ThemeScoreInput } from "./schemas.js";
import { submitReview } from "./submit-review.js";

export function createAssessmentService(deps: AssessmentDeps) {
  return {
    queue: (filters: QueueFilters) => queue(deps, filters),
    assessors: () => assessors(deps),
    forLead: (applicationId: string) => forLead(deps, applicationId),
    conflictsFor: (applicationId: string, assessor: { id: string; email: string }) =>
      conflictsFor(deps, applicationId, assessor),
    assign: (actor: Actor, applicationId: string, assessorId: string) => assign(deps, actor, applicationId, assessorId),
    autoAssign: (actor: Actor, applicationIds?: string[]) => autoAssign(deps, actor, applicationIds),
    unassign: (actor: Actor, assignmentId: string) => unassign(deps, actor, assignmentId),
    unassignPreview: (assignmentId: string) => unassignPreview(deps, assignmentId),
    assessorQueue: (assessorId: string) => assessorQueue(deps, assessorId),
    completedReviews: (assessorId: string) => completedReviews(deps, assessorId),
    forAssessor: (assessorId: string, assignmentId: string) => forAssessor(deps, assessorId, assignmentId),
    declare: (actor: Actor, assignmentId: string, declaration: { conflict: "yes" | "no"; conflictReason: string }) =>
      declare(deps, actor, assignmentId, declaration),
    saveThemeScores: (actor: Actor, assignmentId: string, theme: ThemeValue, input: ThemeScoreInput) =>
      saveThemeScores(deps, actor, assignmentId, theme, input),
    submitReview: (actor: Actor, assignmentId: string) => submitReview(deps, actor, assignmentId),
    returnReview: (actor: Actor, assignmentId: string, comment: string) =>
      returnReview(deps, actor, assignmentId, comment),
    isAssignedAssessor: (userId: string, applicationId: string) => isAssignedAssessor(deps, userId, applicationId),
    history: (applicationId: string) => history(deps, applicationId),
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
