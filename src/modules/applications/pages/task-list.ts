import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { DecisionPageDeps } from "./decision-deps.js";
import { options, slugOfTheme } from "./options.js";

type Deps = DecisionPageDeps;

export function showTaskList(deps: Deps): RequestHandler {
  return async (req, res) => {
    const userId = signedInUser(req).id;
    const readiness = await deps.applications.readiness(userId, String(req.params.id));
    if (!readiness) throw notFound();
    if (!readiness.view.editable) return res.redirect(303, `/applications/${readiness.view.id}/status`);
    const revising = readiness.view.status === "REVISIONS_REQUESTED";
    res.render("applications/task-list", {
      decision: revising ? await deps.decisionSummary?.(userId, readiness.view.id) : null,
      application: readiness.view,
      incomplete: readiness.incomplete,
      window: readiness.window,
      saved: req.query.saved,
      themeSlug: slugOfTheme,
      options,
    });
  };
}
