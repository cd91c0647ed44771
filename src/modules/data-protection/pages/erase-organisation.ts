import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formValues, textField, validate, type FieldErrors } from "../../../platform/validation.js";
import type { ErasureService } from "../erasure/service.js";
import { AWARD_CONFIRMATION_ERROR, eraseOrganisationSchema } from "../schemas.js";
import { organisationSummary } from "../views.js";

type Deps = { erasure: ErasureService };

async function organisationPage(
  deps: Deps,
  id: string,
  extra: { values?: Record<string, unknown>; errors?: FieldErrors },
) {
  const plan = await deps.erasure.planOrganisation(id);
  if (!plan) return null;
  return { plan, summary: organisationSummary(plan), values: extra.values ?? {}, errors: extra.errors };
}

/** In the order the fields are on the page. */
function inPageOrder(errors: FieldErrors): FieldErrors {
  const ordered: FieldErrors = {};
  for (const field of ["awardConfirmed", "confirmed", "requestReference"])
    if (errors[field]) ordered[field] = errors[field];
  return ordered;
}

// The lead's organisation pages link here; the page itself needs nothing but the id.
export function showEraseOrganisation(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const view = await organisationPage(deps, String(req.params.id), {});
    if (!view) return next(notFound());
    res.render("data-protection/erase-organisation", view);
  };
}

export function eraseOrganisation(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const id = String(req.params.id);
    const input = validate(eraseOrganisationSchema, req.body);
    const view = await organisationPage(deps, id, { values: formValues(req.body) });
    if (!view) return next(notFound());
    const errors: FieldErrors = input.ok ? {} : { ...input.errors };
    if (view.plan.currentAwards.length > 0 && textField(req.body, "awardConfirmed") !== "yes")
      errors.awardConfirmed = AWARD_CONFIRMATION_ERROR;
    if (!input.ok || Object.keys(errors).length > 0)
      return res.status(400).render("data-protection/erase-organisation", { ...view, errors: inPageOrder(errors) });
    const result = await deps.erasure.eraseOrganisation(signedInUser(req).id, id, {
      requestReference: input.data.requestReference,
      awardConfirmed: input.data.awardConfirmed === "yes",
    });
    if (!result) return next(notFound());
    if (!result.ok) {
      const fresh = await organisationPage(deps, id, { values: formValues(req.body) });
      if (!fresh) return next(notFound());
      return result.refusal === "award-not-confirmed"
        ? res.status(400).render("data-protection/erase-organisation", {
            ...fresh,
            errors: { awardConfirmed: AWARD_CONFIRMATION_ERROR },
          })
        : res.status(409).render("data-protection/erase-organisation", fresh);
    }
    res.redirect(303, `/admin/erased?what=organisation&waiting=${result.filesWaiting}`);
  };
}
