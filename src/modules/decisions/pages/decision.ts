import type { Request, RequestHandler, Response } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { decisionSchema } from "../schemas.js";
import type { DecisionsService } from "../service.js";
import { refused } from "./refused.js";

type Deps = { decisions: DecisionsService };

async function renderDecision(
  deps: Deps,
  req: Request,
  res: Response,
  status = 200,
  extra: Record<string, unknown> = {},
) {
  const panel = await deps.decisions.forLead(String(req.params.id));
  if (!panel) throw notFound();
  if (panel.blocked && status === 200) throw refused(panel.blocked);
  res.status(status).render("decisions/decide", {
    panel,
    values: { recognisedThemes: panel.suggestedThemes, feedback: panel.draftFeedback },
    ...extra,
  });
}

export function showDecision(deps: Deps): RequestHandler {
  return (req, res) => renderDecision(deps, req, res);
}

export function recordDecision(deps: Deps): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const values = formBody(req.body);
    const input = validate(decisionSchema, req.body);
    if (!input.ok) return renderDecision(deps, req, res, 400, { errors: input.errors, values });
    const result = await deps.decisions.decide(actorOf(req), id, input.data);
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    if ("errors" in result) return renderDecision(deps, req, res, 400, { errors: result.errors, values: input.data });
    res.redirect(303, `/admin/applications/${id}?notice=decided`);
  };
}
