import { Router } from "express";
import { formValues, validate } from "../../platform/validation.js";
import { renderTokenProblem } from "../accounts/index.js";
import { acceptAsNewUserSchema } from "./schemas.js";
import { ROLE_NAMES, type InvitationsService } from "./service.js";

/** Following an invitation link: create an account, or accept while signed in as the invited person. */
export function invitationsRoutes(deps: { invitations: InvitationsService }): Router {
  const router = Router();
  const { invitations } = deps;

  router.get("/invitations/:token", async (req, res) => {
    res.set("Cache-Control", "no-store");
    const { status, invitation } = await invitations.view(req.params.token);
    if (status !== "valid" || !invitation)
      return renderTokenProblem(res, status === "valid" ? "invalid" : status, "invitation");
    res.render("invitations/show", {
      invitation,
      roleName: ROLE_NAMES[invitation.role],
      token: req.params.token,
      values: {},
      path: req.originalUrl,
    });
  });

  router.post("/invitations/:token", async (req, res, next) => {
    res.set("Cache-Control", "no-store");
    const token = req.params.token;
    if (req.user) {
      const result = await invitations.acceptAsSignedInUser(token, req.user.id);
      if (result.status === "valid") {
        return res.redirect(303, result.organisationId ? `/organisations/${result.organisationId}` : "/account");
      }
      if (result.status === "wrong-account" || result.status === "not-applicant") {
        const { invitation } = await invitations.view(token);
        return res.status(403).render("invitations/wrong-account", { problem: result.status, invitation });
      }
      return renderTokenProblem(res, result.status, "invitation");
    }
    const input = validate(acceptAsNewUserSchema, req.body);
    if (!input.ok) {
      const { status, invitation } = await invitations.view(token);
      if (status !== "valid" || !invitation)
        return renderTokenProblem(res, status === "valid" ? "invalid" : status, "invitation");
      return res.status(400).render("invitations/show", {
        invitation,
        roleName: ROLE_NAMES[invitation.role],
        token,
        values: formValues(req.body, ["password"]),
        errors: input.errors,
        path: req.originalUrl,
      });
    }
    const result = await invitations.acceptAsNewUser(token, input.data);
    if (result.status === "account-exists") {
      return res.redirect(303, `/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
    }
    if (result.status !== "valid" || !result.user) {
      return renderTokenProblem(res, result.status === "valid" ? "invalid" : result.status, "invitation");
    }
    req.logIn(result.user, (error) => {
      if (error) return next(error);
      res.redirect(303, result.user!.role === "APPLICANT" ? "/organisations" : "/account");
    });
  });

  return router;
}
