import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { ApplicationsService } from "../service.js";
import { options, slugOfTheme } from "./options.js";

export function showTaskList({ applications }: { applications: ApplicationsService }): RequestHandler {
  return async (req, res) => {
    const readiness = await applications.readiness(signedInUser(req).id, String(req.params.id));
    if (!readiness) throw notFound();
    if (!readiness.view.editable) return res.redirect(303, `/applications/${readiness.view.id}/status`);
    res.render("applications/task-list", {
      application: readiness.view,
      incomplete: readiness.incomplete,
      window: readiness.window,
      saved: req.query.saved,
      themeSlug: slugOfTheme,
      options,
    });
  };
}
