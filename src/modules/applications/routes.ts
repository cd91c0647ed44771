import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import type { SettingsService } from "../settings/index.js";
import type { EvidenceService } from "./evidence/service.js";
import { showApplications, showEligibility, startApplication } from "./pages/apply.js";
import { showCheckAnswers, submitApplication } from "./pages/check-answers.js";
import { declarationPage } from "./pages/declaration.js";
import { applicantPageLocals } from "./pages/options.js";
import { organisationPage } from "./pages/organisation.js";
import { confirmRemoveEvidence, removeEvidence } from "./pages/remove-evidence.js";
import { confirmWithdraw, reapply, showStatus, withdrawApplication } from "./pages/status.js";
import { showTaskList } from "./pages/task-list.js";
import { saveTheme, showTheme } from "./pages/theme.js";
import { saveThemes, showThemes } from "./pages/themes.js";
import type { ApplicationsService } from "./service.js";

export function applicationsRoutes(deps: {
  applications: ApplicationsService;
  evidence: EvidenceService;
  settings: SettingsService;
  /** The decision, appeal and award shown on the status page, once there is a decision. */
  decisionSummary?: (userId: string, applicationId: string) => Promise<unknown>;
}): Router {
  const router = Router();
  router.use(["/apply", "/applications"], requireRole("APPLICANT"));
  router.use(["/apply", "/applications"], applicantPageLocals);

  router.route("/apply").get(showEligibility(deps)).post(startApplication(deps));
  router.get("/applications", showApplications(deps));
  router.get("/applications/:id", showTaskList(deps));

  const organisation = organisationPage(deps);
  router.route("/applications/:id/organisation").get(organisation.show).post(organisation.save);
  router.route("/applications/:id/themes").get(showThemes(deps)).post(saveThemes(deps));
  router.route("/applications/:id/themes/:theme").get(showTheme(deps)).post(saveTheme(deps));
  router
    .route("/applications/:id/themes/:theme/evidence/:fileId/remove")
    .get(confirmRemoveEvidence(deps))
    .post(removeEvidence(deps));
  const declaration = declarationPage(deps);
  router.route("/applications/:id/declaration").get(declaration.show).post(declaration.save);

  router.get("/applications/:id/check-answers", showCheckAnswers(deps));
  router.post("/applications/:id/submit", submitApplication(deps));

  router.get("/applications/:id/status", showStatus(deps));
  router.route("/applications/:id/withdraw").get(confirmWithdraw(deps)).post(withdrawApplication(deps));
  router.post("/applications/:id/reapply", reapply(deps));

  return router;
}
