import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { Deps, OrganisationHandler } from "./types.js";

const NOTICES: Record<string, string> = {
  updated: "The organisation's details have been saved.",
  invited: "Invitation sent. The link in it works for 7 days.",
  removed: "The member has been removed from the organisation.",
  "invitation-cancelled": "The invitation has been cancelled. Its link no longer works.",
  transferred: "Ownership has been handed over. The new owner now manages the organisation's members.",
};

/** The person's organisations; with only one, straight to it. */
export function showOrganisations(deps: Deps): RequestHandler {
  return async (req, res) => {
    const list = await deps.organisations.listForUser(signedInUser(req).id);
    if (list.length === 1) return res.redirect(303, `/organisations/${list[0]!.id}`);
    res.render("organisations/list", { organisations: list });
  };
}

/** One organisation's details and members, with the notice of what was just done. */
export function showOrganisation(deps: Deps): OrganisationHandler {
  return async (req, res, next) => {
    const page = await deps.organisations.page(signedInUser(req).id, req.params.id);
    if (!page) return next(notFound());
    res.render("organisations/show", {
      org: page,
      notice: NOTICES[typeof req.query.done === "string" ? req.query.done : ""],
    });
  };
}
