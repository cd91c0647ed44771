import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import type { SettingsService } from "../settings/index.js";
import type { EvidenceService } from "./evidence/service.js";
import { showApplications, showEligibility, startApplication } from "./pages/apply.js";
import { showCheckAnswers, submitApplication } from "./pages/check-answers.js";
import { saveDeclaration, showDeclaration } from "./pages/declaration.js";
import { applicantPageLocals } from "./pages/options.js";
import { saveOrganisation, showOrganisation } from "./pages/organisation.js";
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

  router.get("/apply", showEligibility(deps));
  router.post("/apply", startApplication(deps));
  router.get("/applications", showApplications(deps));
  router.get("/applications/:id", showTaskList(deps));

  router.get("/applications/:id/organisation", showOrganisation(deps));
  router.post("/applications/:id/organisation", saveOrganisation(deps));
  router.get("/applications/:id/themes", showThemes(deps));
  router.post("/applications/:id/themes", saveThemes(deps));
  router.get("/applications/:id/themes/:theme", showTheme(deps));
  router.post("/applications/:id/themes/:theme", saveTheme(deps));
  router.get("/applications/:id/themes/:theme/evidence/:fileId/remove", confirmRemoveEvidence(deps));
  router.post("/applications/:id/themes/:theme/evidence/:fileId/remove", removeEvidence(deps));
  router.get("/applications/:id/declaration", showDeclaration(deps));
  router.post("/applications/:id/declaration", saveDeclaration(deps));

  router.get("/applications/:id/check-answers", showCheckAnswers(deps));
  router.post("/applications/:id/submit", submitApplication(deps));

  router.get("/applications/:id/status", showStatus(deps));
  router.get("/applications/:id/withdraw", confirmWithdraw(deps));
  router.post("/applications/:id/withdraw", withdrawApplication(deps));
  router.post("/applications/:id/reapply", reapply(deps));

  return router;
}
