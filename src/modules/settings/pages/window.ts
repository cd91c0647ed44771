import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { applicationWindowSchema } from "../schemas.js";
import type { ProgrammeSettings } from "../service.js";
import type { Deps } from "./types.js";

function windowValues({ opensOn, closesOn }: ProgrammeSettings["award"]["applicationWindow"]) {
  const parts = (prefix: string, iso: string | null) => {
    const [year = "", month = "", day = ""] = iso ? iso.split("-") : [];
    return {
      [`${prefix}-day`]: day.replace(/^0/, ""),
      [`${prefix}-month`]: month.replace(/^0/, ""),
      [`${prefix}-year`]: year,
    };
  };
  return { ...parts("opensOn", opensOn), ...parts("closesOn", closesOn) };
}

/** The application window: drafts are always allowed, submission only between these dates. */
export function showWindow(deps: Deps): RequestHandler {
  return async (_req, res) =>
    res.render("admin/settings/window", {
      values: windowValues((await deps.settings.get("award")).applicationWindow),
    });
}

export function saveWindow(deps: Deps): RequestHandler {
  return async (req, res) => {
    const parsed = validate(applicationWindowSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/settings/window", { values: formValues(req.body), errors: parsed.errors });
    const current = await deps.settings.get("award");
    await deps.settings.set("award", { ...current, applicationWindow: parsed.data }, signedInUser(req).id);
    res.redirect(303, "/admin/settings?saved=window");
  };
}
