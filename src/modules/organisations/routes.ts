import { Router } from "express";
import { requireRole, signedInUser } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { formValues, validate } from "../../platform/validation.js";
import { ORGANISATION_TYPES, PLACES, SIZE_BANDS } from "../programme/index.js";
import { chooseMemberSchema, inviteMemberSchema, organisationDetailsSchema } from "./schemas.js";
import type { OrganisationsService } from "./service.js";

const options = { types: ORGANISATION_TYPES, places: PLACES, sizeBands: SIZE_BANDS };

/** An organisation's members and details, for its members; the owner manages them. */
export function organisationsRoutes(deps: { organisations: OrganisationsService }): Router {
  const router = Router();
  const { organisations } = deps;
  router.use("/organisations", requireRole("APPLICANT"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });

  router.get("/organisations", async (req, res) => {
    const list = await organisations.listForUser(signedInUser(req).id);
    if (list.length === 1) return res.redirect(303, `/organisations/${list[0]!.id}`);
    res.render("organisations/list", { organisations: list });
  });

  router.get("/organisations/:id", async (req, res, next) => {
    const page = await organisations.page(signedInUser(req).id, req.params.id);
    if (!page) return next(notFound());
    res.render("organisations/show", {
      org: page,
      notice: NOTICES[typeof req.query.done === "string" ? req.query.done : ""],
    });
  });

  router.get("/organisations/:id/edit", async (req, res, next) => {
    const details = await organisations.detailsForOwner(signedInUser(req).id, req.params.id);
    if (!details) return next(notFound());
    res.render("organisations/edit", { id: req.params.id, values: details, options });
  });

  router.post("/organisations/:id/edit", async (req, res, next) => {
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
  });

  router.get("/organisations/:id/invite", async (req, res, next) => {
    const page = await organisations.page(signedInUser(req).id, req.params.id);
    if (!page?.isOwner) return next(notFound());
    res.render("organisations/invite", { org: page, values: {}, verified: signedInUser(req).emailVerified });
  });

  router.post("/organisations/:id/invite", async (req, res, next) => {
    const page = await organisations.page(signedInUser(req).id, req.params.id);
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
    const result = await organisations.invite(signedInUser(req).id, req.params.id, input.data.email);
    if (result === "not-found") return next(notFound());
    if (result === "unverified") {
      return render(403, {
        email: "Confirm your own email address before you invite anyone. Use the link we sent you.",
      });
    }
    if (result === "already-member")
      return render(400, { email: "This person is already a member of the organisation" });
    res.redirect(303, `/organisations/${req.params.id}?done=invited`);
  });

  router.get("/organisations/:id/members/:memberId/remove", async (req, res, next) => {
    const member = await organisations.memberForOwner(signedInUser(req).id, req.params.id, req.params.memberId);
    if (!member) return next(notFound());
    res.render("organisations/remove-member", { id: req.params.id, member });
  });

  router.post("/organisations/:id/members/:memberId/remove", async (req, res, next) => {
    if (!(await organisations.removeMember(signedInUser(req).id, req.params.id, req.params.memberId)))
      return next(notFound());
    res.redirect(303, `/organisations/${req.params.id}?done=removed`);
  });

  router.get("/organisations/:id/invitations/:invitationId/cancel", async (req, res, next) => {
    const invitation = await organisations.pendingInvitationForOwner(
      signedInUser(req).id,
      req.params.id,
      req.params.invitationId,
    );
    if (!invitation) return next(notFound());
    res.render("organisations/cancel-invitation", { id: req.params.id, invitation });
  });

  router.post("/organisations/:id/invitations/:invitationId/cancel", async (req, res, next) => {
    if (!(await organisations.cancelInvitation(signedInUser(req).id, req.params.id, req.params.invitationId)))
      return next(notFound());
    res.redirect(303, `/organisations/${req.params.id}?done=invitation-cancelled`);
  });

  router.get("/organisations/:id/transfer", async (req, res, next) => {
    const page = await organisations.page(signedInUser(req).id, req.params.id);
    if (!page?.isOwner) return next(notFound());
    res.render("organisations/transfer", { org: page, values: {} });
  });

  router.post("/organisations/:id/transfer", async (req, res, next) => {
    const page = await organisations.page(signedInUser(req).id, req.params.id);
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
    await organisations.transferOwnership(signedInUser(req).id, req.params.id, input.data.memberId);
    res.redirect(303, `/organisations/${req.params.id}?done=transferred`);
  });

  return router;
}

const NOTICES: Record<string, string> = {
  updated: "The organisation's details have been saved.",
  invited: "Invitation sent. The link in it works for 7 days.",
  removed: "The member has been removed from the organisation.",
  "invitation-cancelled": "The invitation has been cancelled. Its link no longer works.",
  transferred: "Ownership has been handed over. The new owner now manages the organisation's members.",
};
