import type { Request, RequestHandler, Response } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formBody, validate } from "../../../platform/validation.js";
import { assignSchema } from "../schemas.js";
import type { AssessmentService } from "../service.js";

export type LeadApplicationDeps = {
  assessment: AssessmentService;
  /** The decision, appeal and award panel shown on the lead's application page. */
  decisionPanel?: (applicationId: string) => Promise<unknown>;
};

async function renderLeadApplication(
  deps: LeadApplicationDeps,
  req: Request,
  res: Response,
  status = 200,
  extra: Record<string, unknown> = {},
) {
  const application = await deps.assessment.forLead(String(req.params.id));
  if (!application) throw notFound();
  const [assessors, decision] = await Promise.all([
    deps.assessment.assessors(),
    deps.decisionPanel?.(application.id) ?? null,
  ]);
  res.status(status).render("assessment/lead-application", {
    application,
    assessors,
    decision,
    values: {},
    notice: req.query.notice,
    ...extra,
  });
}

/** One application as the lead sees it: answers, assessors, reviews and the decision panel. */
export function showLeadApplication(deps: LeadApplicationDeps): RequestHandler {
  return (req, res) => renderLeadApplication(deps, req, res);
}

export function assignAssessor(deps: LeadApplicationDeps): RequestHandler {
  return async (req, res) => {
    const input = validate(assignSchema, req.body);
    if (!input.ok) {
      return renderLeadApplication(deps, req, res, 400, { errors: input.errors, values: formBody(req.body) });
    }
    const result = await deps.assessment.assign(actorOf(req), String(req.params.id), input.data.assessorId);
    if (!result) throw notFound();
    if (result.outcome === "refused") {
      return renderLeadApplication(deps, req, res, 400, { errors: { assessorId: result.message }, values: input.data });
    }
    res.redirect(303, `/admin/applications/${String(req.params.id)}?notice=assigned`);
  };
}

export function autoAssignOne(deps: LeadApplicationDeps): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id);
    const application = await deps.assessment.forLead(id);
    if (!application) throw notFound();
    const result = await deps.assessment.autoAssign(actorOf(req), [id]);
    if (result.assigned.length === 0) {
      return renderLeadApplication(deps, req, res, 400, {
        errors: { assessorId: "No assessor is free of conflicts and not already assigned. Assign one by hand." },
      });
    }
    res.redirect(303, `/admin/applications/${id}?notice=assigned`);
  };
}
