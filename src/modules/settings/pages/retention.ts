import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { retentionSchema } from "../schemas.js";
import type { Deps } from "./types.js";

/** How long personal data is kept: applied by the jobs and stated on the privacy notice. */
export function showRetention(deps: Deps): RequestHandler {
  return async (_req, res) => res.render("admin/settings/retention", { values: await deps.settings.get("retention") });
}

export function saveRetention(deps: Deps): RequestHandler {
  return async (req, res) => {
    const parsed = validate(retentionSchema, req.body);
    if (!parsed.ok)
      return res
        .status(400)
        .render("admin/settings/retention", { values: formValues(req.body), errors: parsed.errors });
    await deps.settings.set("retention", parsed.data, signedInUser(req).id);
    res.redirect(303, "/admin/settings?saved=retention");
  };
}
