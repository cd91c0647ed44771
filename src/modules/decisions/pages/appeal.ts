import type { Request, RequestHandler } from "express";
import { actorOf, signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { appealSchema } from "../schemas.js";
import type { DecisionsService } from "../service.js";
import { refused } from "./refused.js";

type Deps = { decisions: DecisionsService };

async function summaryOr404(deps: Deps, req: Request) {
  const summary = await deps.decisions.forApplicant(signedInUser(req).id, String(req.params.id));
  if (!summary) throw notFound();
  return summary;
}

/** The organisation's appeal form, while the decision can still be appealed. */
export function showAppeal(deps: Deps): RequestHandler {
  return async (req, res) => {
    const summary = await summaryOr404(deps, req);
    if (!summary.canAppeal) return res.redirect(303, `/applications/${String(req.params.id)}/status`);
    res.render("decisions/appeal", { applicationId: req.params.id, summary, values: {} });
  };
}

export function submitAppeal(deps: Deps): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const summary = await summaryOr404(deps, req);
    const input = validate(appealSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("decisions/appeal", { applicationId: id, summary, values: formBody(req.body), errors: input.errors });
    }
    const result = await deps.decisions.appeal(actorOf(req), id, input.data.appealReason);
    if (!result) throw notFound();
    if (typeof result === "object") throw refused(result.refused);
    res.redirect(303, `/applications/${id}/status`);
  };
}
