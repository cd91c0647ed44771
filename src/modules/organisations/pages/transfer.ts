import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { validate } from "../../../platform/validation.js";
import { chooseMemberSchema } from "../schemas.js";
import type { Deps, OrganisationHandler } from "./types.js";

/** The owner chooses the member who will own the organisation next. */
export function showTransfer(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const page = await deps.organisations.page(signedInUser(req).id, req.params.id);
    if (!page?.isOwner) return next(notFound());
    res.render("organisations/transfer", { org: page, values: {} });
  };
}

export function transferOwnership(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const page = await deps.organisations.page(signedInUser(req).id, req.params.id);
    if (!page?.isOwner) return next(notFound());
    const input = validate(chooseMemberSchema, req.body);
    const others = page.members.filter((m) => !m.isOwner);
    if (!input.ok || !others.some((m) => m.id === input.data.memberId)) {
      return res.status(400).render("organisations/transfer", {
        org: page,
        values: {},
        errors: { memberId: "Select the member who will become the owner" },
      });
    }
    await deps.organisations.transferOwnership(signedInUser(req).id, req.params.id, input.data.memberId);
    res.redirect(303, `/organisations/${req.params.id}?done=transferred`);
  };
}
