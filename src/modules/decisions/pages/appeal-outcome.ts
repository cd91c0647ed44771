import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { appealOutcomeSchema } from "../schemas.js";
import type { DecisionsService } from "../service.js";
import { refused } from "./refused.js";

type Deps = { decisions: DecisionsService };

export function showAppealOutcome(deps: Deps): RequestHandler {
  return async (req, res) => {
    const panel = await deps.decisions.forLead(String(req.params.id));
    if (!panel?.latest?.appeal) throw notFound();
    res.render("decisions/appeal-outcome", { panel, values: {} });
  };
}

export function recordAppealOutcome(deps: Deps): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const panel = await deps.decisions.forLead(id);
    if (!panel?.latest?.appeal) throw notFound();
    const input = validate(appealOutcomeSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("decisions/appeal-outcome", { panel, values: formBody(req.body), errors: input.errors });
    }
    const result = await deps.decisions.decideAppeal(actorOf(req), id, input.data);
    if (!result) throw notFound();
    if (typeof result === "object") throw refused(result.refused);
    res.redirect(303, `/admin/applications/${id}?notice=appeal-decided`);
  };
}
