import { Router, type Request, type Response } from "express";
import { actorOf, requireRole, signedInUser } from "../../platform/auth.js";
import { HttpError, notFound } from "../../platform/errors.js";
import { formBody, validate } from "../../platform/validation.js";
import { options } from "../assessment/index.js";
import { appealOutcomeSchema, appealSchema, bankHolidaySchema, decisionSchema } from "./schemas.js";
import type { DecisionsService } from "./service.js";

const refused = (message: string) => new HttpError(409, message);

/** The lead's decisions and appeal outcomes, and the organisation's appeal. */
export function decisionsRoutes(deps: { decisions: DecisionsService }): Router {
  const router = Router();
  const { decisions } = deps;
  const lead = requireRole("PROGRAMME_LEAD");
  const applicant = requireRole("APPLICANT");
  router.use(["/admin/applications", "/admin/bank-holidays", "/applications"], (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    res.locals.options = options;
    next();
  });

  const renderDecision = async (req: Request, res: Response, status = 200, extra: Record<string, unknown> = {}) => {
    const panel = await decisions.forLead(String(req.params.id));
    if (!panel) throw notFound();
    if (panel.blocked && status === 200) throw refused(panel.blocked);
    res.status(status).render("decisions/decide", {
      panel,
      values: { recognisedThemes: panel.suggestedThemes, feedback: panel.draftFeedback },
      ...extra,
    });
  };
  router.get("/admin/applications/:id/decision", lead, (req, res) => renderDecision(req, res));
  router.post("/admin/applications/:id/decision", lead, async (req, res) => {
    const id = String(req.params.id);
    const values = formBody(req.body);
    const input = validate(decisionSchema, req.body);
    if (!input.ok) return renderDecision(req, res, 400, { errors: input.errors, values });
    const result = await decisions.decide(actorOf(req), id, input.data);
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    if ("errors" in result) return renderDecision(req, res, 400, { errors: result.errors, values: input.data });
    res.redirect(303, `/admin/applications/${id}?notice=decided`);
  });

  router.get("/admin/applications/:id/appeal", lead, async (req, res) => {
    const panel = await decisions.forLead(String(req.params.id));
    if (!panel?.latest?.appeal) throw notFound();
    res.render("decisions/appeal-outcome", { panel, values: {} });
  });
  router.post("/admin/applications/:id/appeal", lead, async (req, res) => {
    const id = String(req.params.id);
    const panel = await decisions.forLead(id);
    if (!panel?.latest?.appeal) throw notFound();
    const input = validate(appealOutcomeSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("decisions/appeal-outcome", { panel, values: formBody(req.body), errors: input.errors });
    }
    const result = await decisions.decideAppeal(actorOf(req), id, input.data);
    if (!result) throw notFound();
    if (typeof result === "object") throw refused(result.refused);
    res.redirect(303, `/admin/applications/${id}?notice=appeal-decided`);
  });

  router.get("/admin/bank-holidays", lead, async (req, res) => {
    const raw = req.query.moved;
    const moved = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
    res.render("decisions/bank-holidays", { holidays: await decisions.bankHolidays(), values: {}, moved });
  });
  router.post("/admin/bank-holidays", lead, async (req, res) => {
    const input = validate(bankHolidaySchema, req.body);
    if (!input.ok) {
      return res.status(400).render("decisions/bank-holidays", {
        holidays: await decisions.bankHolidays(),
        values: formBody(req.body),
        errors: input.errors,
      });
    }
    const moved = await decisions.addBankHoliday(actorOf(req), input.data.date);
    res.redirect(303, `/admin/bank-holidays?moved=${moved}`);
  });

  // The organisation's appeal
  const summaryOr404 = async (req: Request) => {
    const summary = await decisions.forApplicant(signedInUser(req).id, String(req.params.id));
    if (!summary) throw notFound();
    return summary;
  };
  router.get("/applications/:id/appeal", applicant, async (req, res) => {
    const summary = await summaryOr404(req);
    if (!summary.canAppeal) return res.redirect(303, `/applications/${String(req.params.id)}/status`);
    res.render("decisions/appeal", { applicationId: req.params.id, summary, values: {} });
  });
  router.post("/applications/:id/appeal", applicant, async (req, res) => {
    const id = String(req.params.id);
    const summary = await summaryOr404(req);
    const input = validate(appealSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("decisions/appeal", { applicationId: id, summary, values: formBody(req.body), errors: input.errors });
    }
    const result = await decisions.appeal(actorOf(req), id, input.data.appealReason);
    if (!result) throw notFound();
    if (typeof result === "object") throw refused(result.refused);
    res.redirect(303, `/applications/${id}/status`);
  });

  return router;
}
