import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { inviteStaffSchema } from "../schemas.js";
import type { UsersService } from "../service.js";

/** The form to invite an assessor or a lead. */
export function showInvite(): RequestHandler {
  return (_req, res) => res.render("users/invite", { values: {} });
}

export function inviteStaff(deps: { users: UsersService }): RequestHandler {
  return async (req, res) => {
    const input = validate(inviteStaffSchema, req.body);
    if (!input.ok)
      return res.status(400).render("users/invite", { values: formValues(req.body), errors: input.errors });
    const result = await deps.users.inviteStaff(signedInUser(req).id, input.data.email, input.data.role);
    if (result !== "sent") {
      return res.status(400).render("users/invite", {
        values: formValues(req.body),
        errors: { email: "This email address already has an account. Change its role on the person's page instead" },
        existingUserId: result.existingUserId,
      });
    }
    res.redirect(303, "/admin/users?invited=1");
  };
}
