import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { signRequestSchema } from "../schemas.js";
import type { CharterService } from "../service.js";

type Deps = { charter: CharterService };

export function showSignForm(deps: Deps): RequestHandler {
  return async (req, res) => {
    const organisations = await deps.charter.ownedOrganisations(signedInUser(req).id);
    res.set("Cache-Control", "no-store").render("charter/sign", { organisations, values: {} });
  };
}

export function requestToSign(deps: Deps): RequestHandler {
  return async (req, res) => {
    const userId = signedInUser(req).id;
    const parsed = validate(signRequestSchema, req.body);
    const result = parsed.ok ? await deps.charter.request(userId, parsed.data) : parsed;
    if (!result.ok) {
      const organisations = await deps.charter.ownedOrganisations(userId);
      return res
        .status(400)
        .set("Cache-Control", "no-store")
        .render("charter/sign", { organisations, values: formValues(req.body), errors: result.errors });
    }
    res.redirect(303, "/charter/sign/sent");
  };
}

export function showSent(): RequestHandler {
  return (_req, res) => res.set("Cache-Control", "no-store").render("charter/sent");
}
