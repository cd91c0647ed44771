import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { HttpError, notFound } from "../../../platform/errors.js";
import { formBody, textField, validate } from "../../../platform/validation.js";
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

/**
 * Revoking takes two steps, neither needing JavaScript: the reason, then a page that shows what
 * will happen and asks the lead to confirm. Only the confirmed form revokes.
 */
export function revokeAward(deps: Deps): RequestHandler {
  return async (req, res) => {
    const award = await deps.awards.forLead(String(req.params.id));
    if (!award) throw notFound();
    const input = validate(revokeSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("awards/revoke", { award, values: formBody(req.body), errors: input.errors });
    }
    const reason = input.data.revocationReason;
    if (award.state === "REVOKED") throw new HttpError(409, "This award has already been revoked.");
    if (textField(req.body, "confirm") !== "yes") {
      return res.set("Cache-Control", "no-store").render("awards/revoke-confirm", { award, reason });
    }
    const result = await deps.awards.revoke(actorOf(req), award.id, reason);
    if (!result) throw notFound();
    if (typeof result === "object") throw new HttpError(409, result.refused);
    res.redirect(303, `/admin/applications/${award.applicationId}?notice=revoked`);
  };
}
