import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formValues, validate } from "../../../platform/validation.js";
import { inviteMemberSchema } from "../schemas.js";
import type { Deps, OrganisationHandler } from "./types.js";

/** The owner's form to invite a colleague. */
export function showInvite(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const page = await deps.organisations.page(signedInUser(req).id, req.params.id);
    if (!page?.isOwner) return next(notFound());
    res.render("organisations/invite", { org: page, values: {}, verified: signedInUser(req).emailVerified });
  };
}

export function sendInvite(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const page = await deps.organisations.page(signedInUser(req).id, req.params.id);
    if (!page?.isOwner) return next(notFound());
    const render = (status: number, errors: Record<string, string>) =>
      res.status(status).render("organisations/invite", {
        org: page,
        values: formValues(req.body),
        errors,
        verified: signedInUser(req).emailVerified,
      });
    const input = validate(inviteMemberSchema, req.body);
    if (!input.ok) return render(400, input.errors);
    const result = await deps.organisations.invite(signedInUser(req).id, req.params.id, input.data.email);
    if (result === "not-found") return next(notFound());
    if (result === "unverified") {
      return render(403, {
        email: "Confirm your own email address before you invite anyone. Use the link we sent you.",
      });
    }
    if (result === "already-member")
      return render(400, { email: "This person is already a member of the organisation" });
    res.redirect(303, `/organisations/${req.params.id}?done=invited`);
  };
}
