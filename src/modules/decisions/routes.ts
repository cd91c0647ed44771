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

  router.get("/admin/applications/:id/decision", lead, showDecision(deps));
  router.post("/admin/applications/:id/decision", lead, recordDecision(deps));
  router.get("/admin/applications/:id/appeal", lead, showAppealOutcome(deps));
  router.post("/admin/applications/:id/appeal", lead, recordAppealOutcome(deps));
  router.get("/admin/bank-holidays", lead, showBankHolidays(deps));
  router.post("/admin/bank-holidays", lead, addBankHoliday(deps));

  // The organisation's appeal
  router.get("/applications/:id/appeal", applicant, showAppeal(deps));
  router.post("/applications/:id/appeal", applicant, submitAppeal(deps));

  return router;
}
