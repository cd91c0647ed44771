import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { ApplicationsService } from "../service.js";
import { options, slugOfTheme } from "./options.js";

type Deps = {
  applications: ApplicationsService;
  /** The latest decision as the organisation sees it: its feedback guides a revision. */
  decisionSummary?: (userId: string, applicationId: string) => Promise<unknown>;
};

export function showTaskList({ applications, decisionSummary }: Deps): RequestHandler {
  return async (req, res) => {
    const userId = signedInUser(req).id;
    const readiness = await applications.readiness(userId, String(req.params.id));
    if (!readiness) throw notFound();
    if (!readiness.view.editable) return res.redirect(303, `/applications/${readiness.view.id}/status`);
    const revising = readiness.view.status === "REVISIONS_REQUESTED";
    res.render("applications/task-list", {
      decision: revising ? await decisionSummary?.(userId, readiness.view.id) : null,
      application: readiness.view,
      incomplete: readiness.incomplete,
      window: readiness.window,
      saved: req.query.saved,
      themeSlug: slugOfTheme,
      options,
    });
  };
}
