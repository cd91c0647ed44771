import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { assessmentPages } from "../assessment/index.js";
import { recordAppealOutcome, showAppealOutcome } from "./pages/appeal-outcome.js";
import { showAppeal, submitAppeal } from "./pages/appeal.js";
import { addBankHoliday, showBankHolidays } from "./pages/bank-holidays.js";
import { recordDecision, showDecision } from "./pages/decision.js";
import type { DecisionsService } from "./service.js";

/** The lead's decisions and appeal outcomes, and the organisation's appeal. */
export function decisionsRoutes(deps: { decisions: DecisionsService }): Router {
  const router = Router();
  const lead = requireRole("PROGRAMME_LEAD");
  const applicant = requireRole("APPLICANT");
  router.use(["/admin/applications", "/admin/bank-holidays", "/applications"], assessmentPages);

  router.route("/admin/applications/:id/decision").get(lead, showDecision(deps)).post(lead, recordDecision(deps));
  router
    .route("/admin/applications/:id/appeal")
    .get(lead, showAppealOutcome(deps))
    .post(lead, recordAppealOutcome(deps));
  router.route("/admin/bank-holidays").get(lead, showBankHolidays(deps)).post(lead, addBankHoliday(deps));

  // The organisation's appeal
  router.route("/applications/:id/appeal").get(applicant, showAppeal(deps)).post(applicant, submitAppeal(deps));

  return router;
}
