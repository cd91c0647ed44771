import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formValues, validate } from "../../../platform/validation.js";
import { organisationDetailsSchema } from "../schemas.js";
import { options, type Deps, type OrganisationHandler } from "./types.js";

/** The owner's form of the organisation's details. */
export function showEdit(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const details = await deps.organisations.detailsForOwner(signedInUser(req).id, req.params.id);
    if (!details) return next(notFound());
    res.render("organisations/edit", { id: req.params.id, values: details, options });
  };
}

export function saveEdit(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const { organisations } = deps;
    const input = validate(organisationDetailsSchema, req.body);
    if (!input.ok) {
      if (!(await organisations.detailsForOwner(signedInUser(req).id, req.params.id))) return next(notFound());
      return res.status(400).render("organisations/edit", {
        id: req.params.id,
        values: formValues(req.body),
        errors: input.errors,
        options,
      });
    }
    if (!(await organisations.update(signedInUser(req).id, req.params.id, input.data))) return next(notFound());
    res.redirect(303, `/organisations/${req.params.id}?done=updated`);
  };
}
