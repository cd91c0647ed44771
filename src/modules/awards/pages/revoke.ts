import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { HttpError, notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { revokeSchema } from "../schemas.js";
import type { AwardsService } from "../service.js";

type Deps = { awards: AwardsService };

export function showRevoke(deps: Deps): RequestHandler {
  return async (req, res) => {
    const award = await deps.awards.forLead(String(req.params.id));
    if (!award) throw notFound();
    res.set("Cache-Control", "no-store").render("awards/revoke", { award, values: {} });
  };
}

export function revokeAward(deps: Deps): RequestHandler {
  return async (req, res) => {
    const award = await deps.awards.forLead(String(req.params.id));
    if (!award) throw notFound();
    const input = validate(revokeSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("awards/revoke", { award, values: formBody(req.body), errors: input.errors });
    }
    const result = await deps.awards.revoke(actorOf(req), award.id, input.data.revocationReason);
    if (!result) throw notFound();
    if (typeof result === "object") throw new HttpError(409, result.refused);
    res.redirect(303, `/admin/applications/${award.applicationId}?notice=revoked`);
  };
}
