import { Router, type RequestHandler } from "express";
import { requireRole } from "../../platform/auth.js";
import { PROGRAMME_OPTIONS } from "../programme/index.js";
import { showAssessmentHome, showAssessorQueue } from "./pages/assessor-queue.js";
import { showHistory } from "./pages/history.js";
import {
  assignAssessor,
  autoAssignOne,
  showLeadApplication,
  type LeadApplicationDeps,
} from "./pages/lead-application.js";
import { autoAssignAll, showQueue } from "./pages/queue.js";
import { returnReview, showReturnForm } from "./pages/return-review.js";
import { declareConflict, showReview, submitReview } from "./pages/review.js";
import { saveTheme, showTheme } from "./pages/score-theme.js";
import { confirmUnassign, unassignAssessor } from "./pages/unassign.js";
import { SORTS } from "./schemas.js";
import { CRITERIA, SCALE } from "./scoring.js";

export const options = {
  ...PROGRAMME_OPTIONS,
  criteria: CRITERIA,
  scale: SCALE,
  sorts: SORTS,
};

// Assessment pages are never cached, and every form on them draws on the programme's lists.
export const assessmentPages: RequestHandler = (_req, res, next) => {
  res.set("Cache-Control", "no-store");
  res.locals.options = options;
  next();
};

/** The lead's queue and assignment, and the assessor's declaration and scoring. */
export function assessmentRoutes(deps: LeadApplicationDeps): Router {
  const router = Router();
  router.use(["/admin", "/assessor", "/assessment"], assessmentPages);

  // The lead's queue
  const lead = requireRole("PROGRAMME_LEAD");
  router.get("/admin/applications", lead, showQueue(deps));
  router.post("/admin/applications/auto-assign", lead, autoAssignAll(deps));
  router.get("/admin/applications/:id", lead, showLeadApplication(deps));
  router.post("/admin/applications/:id/assign", lead, assignAssessor(deps));
  router.post("/admin/applications/:id/auto-assign", lead, autoAssignOne(deps));
  const unassignPath = "/admin/assignments/:assignmentId/unassign";
  router.route(unassignPath).get(lead, confirmUnassign(deps)).post(lead, unassignAssessor(deps));
  router.route("/admin/assignments/:assignmentId/return").get(lead, showReturnForm()).post(lead, returnReview(deps));
  router.get("/admin/applications/:id/history", lead, showHistory(deps));

  // The assessment area for assessors and the lead, pointing each to their own work.
  router.get("/assessment", requireRole("ASSESSOR", "PROGRAMME_LEAD"), showAssessmentHome());

  // The assessor's work
  const assessor = requireRole("ASSESSOR");
  router.get("/assessor", assessor, showAssessorQueue(deps));
  router.get("/assessor/reviews/:assignmentId", assessor, showReview(deps));
  router.post("/assessor/reviews/:assignmentId/declaration", assessor, declareConflict(deps));
  router
    .route("/assessor/reviews/:assignmentId/themes/:theme")
    .get(assessor, showTheme(deps))
    .post(assessor, saveTheme(deps));
  router.post("/assessor/reviews/:assignmentId/submit", assessor, submitReview(deps));

  return router;
}
