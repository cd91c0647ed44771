import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { HttpError, notFound } from "../../../platform/errors.js";
import { validate } from "../../../platform/validation.js";
import { listingSchema } from "../schemas.js";
import type { AwardsService } from "../service.js";

/** The organisation's consent to be listed on the public register, from its status page. */
export function setListing(deps: { awards: AwardsService }): RequestHandler {
  return async (req, res) => {
    const input = validate(listingSchema, req.body);
    if (!input.ok) throw new HttpError(400, "Select whether your organisation may be listed on the register.");
    const listed = input.data.listed === "yes";
    const result = await deps.awards.setListing(signedInUser(req).id, String(req.params.id), listed);
    if (!result) throw notFound();
    res.redirect(303, `/applications/${result.applicationId}/status?listing=${input.data.listed}`);
  };
}
