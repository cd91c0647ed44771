import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formValues, validate, type FieldErrors } from "../../../platform/validation.js";
import { ROLE_NAMES } from "../../invitations/index.js";
import type { ErasureService } from "../erasure/service.js";
import { eraseUserSchema } from "../schemas.js";
import { refusalText, userSummary } from "../views.js";

type Deps = { erasure: ErasureService };

/** The confirmation page's view: the plan, in words, with the form as it was sent. */
async function userPage(
  deps: Deps,
  actorId: string,
  id: string,
  extra: { values?: Record<string, unknown>; errors?: FieldErrors },
) {
  const plan = await deps.erasure.planUser(actorId, id);
  if (!plan) return null;
  return {
    plan,
    summary: userSummary(plan),
    refusal: plan.refusal ? refusalText(plan.refusal) : null,
    ownedOrganisations: plan.refusal?.kind === "owner" ? plan.refusal.organisations : [],
    roleName: ROLE_NAMES[plan.role as keyof typeof ROLE_NAMES] ?? plan.role,
    values: extra.values ?? {},
    errors: extra.errors,
  };
}

/** What erasing the person would remove and keep, or why it cannot be done. */
export function showEraseUser(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const view = await userPage(deps, signedInUser(req).id, String(req.params.id), {});
    if (!view) return next(notFound());
    res.render("data-protection/erase-user", view);
  };
}

export function eraseUser(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const actorId = signedInUser(req).id;
    const id = String(req.params.id);
    const input = validate(eraseUserSchema, req.body);
    if (!input.ok) {
      const view = await userPage(deps, actorId, id, { values: formValues(req.body), errors: input.errors });
      return view ? res.status(400).render("data-protection/erase-user", view) : next(notFound());
    }
    const result = await deps.erasure.eraseUser(actorId, id, input.data.requestReference);
    if (!result) return next(notFound());
    if (!result.ok) {
      const view = await userPage(deps, actorId, id, { values: formValues(req.body) });
      if (!view) return next(notFound());
      return res.status(409).render("data-protection/erase-user", { ...view, refusal: refusalText(result.refusal) });
    }
    res.redirect(303, "/admin/erased?what=account");
  };
}
