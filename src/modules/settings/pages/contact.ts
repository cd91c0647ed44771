import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { contactSchema } from "../schemas.js";
import type { Deps } from "./types.js";

/** The programme's contact, as the public pages name them. */
export function showContact(deps: Deps): RequestHandler {
  return async (_req, res) => res.render("admin/settings/contact", { values: await deps.settings.get("contact") });
}

export function saveContact(deps: Deps): RequestHandler {
  return async (req, res) => {
    const parsed = validate(contactSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/settings/contact", { values: formValues(req.body), errors: parsed.errors });
    await deps.settings.set("contact", parsed.data, signedInUser(req).id);
    res.redirect(303, "/admin/settings?saved=contact");
  };
}
