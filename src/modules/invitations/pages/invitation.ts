import type { Request, RequestHandler, Response } from "express";
import { formValues, validate } from "../../../platform/validation.js";
import { renderTokenProblem } from "../../accounts/index.js";
import { ROLE_NAMES } from "../roles.js";
import { acceptAsNewUserSchema } from "../schemas.js";
import type { InvitationsService } from "../service.js";

type Deps = { invitations: InvitationsService };
type TokenRequest = Request<{ token: string }>;

/** The invitation's page, or the page for a link that cannot be used. */
async function renderInvitation(
  deps: Deps,
  req: TokenRequest,
  res: Response,
  form: { values: Record<string, unknown>; errors?: Record<string, string> },
): Promise<void> {
  const { status, invitation } = await deps.invitations.view(req.params.token);
  if (status !== "valid" || !invitation)
    return renderTokenProblem(res, status === "valid" ? "invalid" : status, "invitation");
  res.status(form.errors ? 400 : 200).render("invitations/show", {
    invitation,
    roleName: ROLE_NAMES[invitation.role],
    token: req.params.token,
    ...form,
    path: req.originalUrl,
  });
}

export function showInvitation(deps: Deps): RequestHandler<{ token: string }> {
  return async (req, res) => {
    res.set("Cache-Control", "no-store");
    await renderInvitation(deps, req, res, { values: {} });
  };
}

/** Accepts while signed in: only as the invited person, and to join an organisation only as an applicant. */
async function acceptSignedIn(deps: Deps, req: TokenRequest, res: Response, user: Express.User): Promise<void> {
  const token = req.params.token;
  const result = await deps.invitations.acceptAsSignedInUser(token, user.id);
  if (result.status === "valid") {
    return res.redirect(303, result.organisationId ? `/organisations/${result.organisationId}` : "/account");
  }
  if (result.status === "wrong-account" || result.status === "not-applicant") {
    const { invitation } = await deps.invitations.view(token);
    return res.status(403).render("invitations/wrong-account", { problem: result.status, invitation });
  }
  renderTokenProblem(res, result.status, "invitation");
}

export function acceptInvitation(deps: Deps): RequestHandler<{ token: string }> {
  return async (req, res, next) => {
    res.set("Cache-Control", "no-store");
    if (req.user) return acceptSignedIn(deps, req, res, req.user);
    const input = validate(acceptAsNewUserSchema, req.body);
    if (!input.ok) {
      return renderInvitation(deps, req, res, { values: formValues(req.body, ["password"]), errors: input.errors });
    }
    const result = await deps.invitations.acceptAsNewUser(req.params.token, input.data);
    if (result.status === "account-exists") {
      return res.redirect(303, `/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
    }
    const user = result.user;
    if (result.status !== "valid" || !user) {
      return renderTokenProblem(res, result.status === "valid" ? "invalid" : result.status, "invitation");
    }
    req.logIn(user, (error) => {
      if (error) return next(error);
      res.redirect(303, user.role === "APPLICANT" ? "/organisations" : "/account");
    });
  };
}
