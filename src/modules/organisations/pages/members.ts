import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { Deps, OrganisationHandler } from "./types.js";

type MemberHandler = OrganisationHandler<{ memberId: string }>;
type InvitationHandler = OrganisationHandler<{ invitationId: string }>;

/** The owner confirms removing a member. */
export function showRemoveMember(deps: Deps): MemberHandler {
  return async (req, res, next) => {
    const member = await deps.organisations.memberForOwner(signedInUser(req).id, req.params.id, req.params.memberId);
    if (!member) return next(notFound());
    res.render("organisations/remove-member", { id: req.params.id, member });
  };
}

export function removeMember(deps: Deps): MemberHandler {
  return async (req, res, next) => {
    if (!(await deps.organisations.removeMember(signedInUser(req).id, req.params.id, req.params.memberId)))
      return next(notFound());
    res.redirect(303, `/organisations/${req.params.id}?done=removed`);
  };
}

/** The owner confirms cancelling an invitation not yet accepted. */
export function showCancelInvitation(deps: Deps): InvitationHandler {
  return async (req, res, next) => {
    const invitation = await deps.organisations.pendingInvitationForOwner(
      signedInUser(req).id,
      req.params.id,
      req.params.invitationId,
    );
    if (!invitation) return next(notFound());
    res.render("organisations/cancel-invitation", { id: req.params.id, invitation });
  };
}

export function cancelInvitation(deps: Deps): InvitationHandler {
  return async (req, res, next) => {
    if (!(await deps.organisations.cancelInvitation(signedInUser(req).id, req.params.id, req.params.invitationId)))
      return next(notFound());
    res.redirect(303, `/organisations/${req.params.id}?done=invitation-cancelled`);
  };
}
