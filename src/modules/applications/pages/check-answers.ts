import type { Request, RequestHandler, Response } from "express";
import { actorOf, signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { ApplicationsService } from "../service.js";
import type { SubmitOutcome } from "../submit.js";
import { options, slugOfTheme } from "./options.js";
import { locked } from "./saving.js";

type Deps = { applications: ApplicationsService };

export function showCheckAnswers({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const readiness = await applications.readiness(signedInUser(req).id, String(req.params.id));
    if (!readiness) throw notFound();
    if (!readiness.view.editable) return res.redirect(303, `/applications/${readiness.view.id}/status`);
    res.render("applications/check-answers", {
      application: readiness.view,
      incomplete: readiness.incomplete,
      window: readiness.window,
      decisionWorkingDays: readiness.decisionWorkingDays,
      themeSlug: slugOfTheme,
    });
  };
}

type Refusal = Extract<SubmitOutcome, { outcome: "unverified" | "incomplete" | "window-closed" }>;

/** Why the submission was refused, as the check-answers page shows it, and with which status. */
function explain(refusal: Refusal): { status: number; message: string } {
  switch (refusal.outcome) {
    case "unverified":
      return {
        status: 403,
        message:
          "Confirm your email address before you submit. Use the link we emailed you, or send a new one from your account page.",
      };
    case "incomplete":
      return { status: 400, message: `Complete every section before you submit: ${refusal.sections.join(", ")}` };
    case "window-closed":
      return {
        status: 400,
        message: "Applications cannot be submitted at the moment. You can keep working on your draft.",
      };
  }
}

async function showRefusal(applications: ApplicationsService, req: Request, res: Response, refusal: Refusal) {
  const readiness = await applications.readiness(signedInUser(req).id, String(req.params.id));
  if (!readiness) throw notFound();
  const { status, message } = explain(refusal);
  res.status(status).render("applications/check-answers", {
    application: readiness.view,
    incomplete: readiness.incomplete,
    window: readiness.window,
    decisionWorkingDays: readiness.decisionWorkingDays,
    errors: { "incomplete-sections": message },
    themeSlug: slugOfTheme,
    options,
  });
}

export function submitApplication({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const result = await applications.submit(actorOf(req), id);
    if (!result) throw notFound();
    switch (result.outcome) {
      case "submitted":
        return res.redirect(303, `/applications/${id}/status?submitted=1`);
      case "already-submitted":
        return res.redirect(303, `/applications/${id}/status`);
      case "locked":
        throw locked(id);
      case "unverified":
      case "incomplete":
      case "window-closed":
        return showRefusal(applications, req, res, result);
    }
  };
}
