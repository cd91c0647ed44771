import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formValues, validate } from "../../../platform/validation.js";
import { reasonSchema } from "../schemas.js";
import type { CharterService } from "../service.js";

type Deps = { charter: CharterService };

/** The lead's lists: requests waiting for an answer, signatories, and requests declined. */
export function showRequests(deps: Deps): RequestHandler {
  return async (_req, res) => {
    const [pending, approved, declined] = await Promise.all([
      deps.charter.forLead("PENDING"),
      deps.charter.forLead("APPROVED"),
      deps.charter.forLead("DECLINED"),
    ]);
    res.render("admin/charter/index", { pending, approved, declined });
  };
}

export function showRequest(deps: Deps): RequestHandler {
  return async (req, res) => {
    const signature = await deps.charter.get(String(req.params.id));
    if (!signature) throw notFound();
    res.render("admin/charter/review", { signature, values: {} });
  };
}

export function approveRequest(deps: Deps): RequestHandler {
  return async (req, res) => {
    if (!(await deps.charter.approve(String(req.params.id), signedInUser(req).id))) throw notFound();
    res.redirect(303, "/admin/charter");
  };
}

/** Declining a request and removing a signatory both need the lead's reason, on the same page. */
export function withReason(deps: Deps, action: "decline" | "remove"): RequestHandler {
  return async (req, res) => {
    const signature = await deps.charter.get(String(req.params.id));
    if (!signature) throw notFound();
    const parsed = validate(reasonSchema, req.body);
    if (!parsed.ok) {
      return res.status(400).render("admin/charter/review", {
        signature,
        values: formValues(req.body),
        errors: { [`${action}-reason`]: parsed.errors.reason ?? "Enter the reason" },
      });
    }
    const actorId = signedInUser(req).id;
    const done =
      action === "decline"
        ? await deps.charter.decline(signature.id, parsed.data.reason, actorId)
        : await deps.charter.remove(signature.id, parsed.data.reason, actorId);
    if (!done) throw notFound();
    res.redirect(303, "/admin/charter");
  };
}
