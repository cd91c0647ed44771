import type { RequestHandler } from "express";
import type { Config } from "../../../config.js";
import { signedInUser } from "../../../platform/auth.js";
import { validate } from "../../../platform/validation.js";
import { tooManyFromNetwork } from "../rate-limits.js";
import { changePasswordSchema } from "../schemas.js";
import type { AccountsService } from "../service.js";

export function showChangePassword(): RequestHandler {
  return (_req, res) => res.render("accounts/change-password");
}

export function changePasswordTooOften(config: Config): RequestHandler {
  return (_req, res) => {
    res.status(429).render("accounts/change-password", { errors: { currentPassword: tooManyFromNetwork(config) } });
  };
}

export function changePassword(deps: { accounts: AccountsService }): RequestHandler {
  return async (req, res) => {
    const input = validate(changePasswordSchema, req.body);
    if (!input.ok) return res.status(400).render("accounts/change-password", { errors: input.errors });
    const result = await deps.accounts.changePassword(signedInUser(req).id, req.sessionID, input.data);
    if (result === "wrong-password") {
      return res
        .status(400)
        .render("accounts/change-password", { errors: { currentPassword: "Your current password is not right" } });
    }
    res.redirect(303, "/account?updated=password");
  };
}
