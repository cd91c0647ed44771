import type { RequestHandler } from "express";
import { actorOf, signedInUser } from "../../../platform/auth.js";
import { HttpError, notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { withdrawSchema } from "../schemas.js";
import type { DecisionPageDeps } from "./decision-deps.js";
import { viewOr404 } from "./saving.js";

type Deps = DecisionPageDeps;

export function showStatus({ applications, decisionSummary }: Deps): RequestHandler {
  return async (req, res) => {
    const userId = signedInUser(req).id;
    const progress = await applications.progress(userId, String(req.params.id));
    if (!progress) throw notFound();
    const decision = await (decisionSummary?.(userId, progress.view.id) ?? null);
    res.render("applications/status", {
      application: progress.view,
      decision,
      justSubmitted: req.query.submitted === "1",
      decisionWorkingDays: progress.decisionWorkingDays,
      window: progress.window,
    });
  };
}

export function confirmWithdraw({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const view = await viewOr404(applications, req);
    if (!view.live) return res.redirect(303, `/applications/${view.id}/status`);
    res.render("applications/withdraw", { application: view, values: {} });
  };
}

export function withdrawApplication({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const view = await viewOr404(applications, req);
    const input = validate(withdrawSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("applications/withdraw", { application: view, values: formBody(req.body), errors: input.errors });
    }
    const result = await applications.withdraw(actorOf(req), view.id, input.data.withdrawalReason);
    if (!result) throw notFound();
    if (result === "not-allowed") {
      throw new HttpError(409, "This application can no longer be withdrawn because a decision has been made.");
    }
    res.redirect(303, `/applications/${view.id}/status`);
  };
}

export function reapply({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const result = await applications.reapply(actorOf(req), String(req.params.id));
    if (!result) throw notFound();
    if (result === "live-exists") {
      const context = await applications.applicantContext(signedInUser(req).id);
      return res.redirect(303, context?.liveApplicationId ? `/applications/${context.liveApplicationId}` : "/apply");
    }
    res.redirect(303, `/applications/${result.id}?saved=copied`);
  };
}
