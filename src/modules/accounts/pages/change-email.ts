import type { RequestHandler } from "express";
import type { Config } from "../../../config.js";
import { signedInUser } from "../../../platform/auth.js";
import { textField, validate } from "../../../platform/validation.js";
import { tooManyFromNetwork } from "../rate-limits.js";
import { changeEmailSchema } from "../schemas.js";
import type { AccountsService } from "../service.js";
import { renderTokenProblem } from "./token-problem.js";

type Deps = { accounts: AccountsService };

export function showChangeEmail(): RequestHandler {
  return (_req, res) => res.render("accounts/change-email", { values: {} });
}

export function changeEmailTooOften(config: Config): RequestHandler {
  return (req, res) => {
    res.status(429).render("accounts/change-email", {
      values: { email: textField(req.body, "email") },
      errors: { email: tooManyFromNetwork(config) },
    });
  };
}

export function requestEmailChange(deps: Deps): RequestHandler {
  return async (req, res) => {
    const values = { email: textField(req.body, "email") };
    const input = validate(changeEmailSchema, req.body);
    if (!input.ok) return res.status(400).render("accounts/change-email", { values, errors: input.errors });
    const result = await deps.accounts.requestEmailChange(signedInUser(req).id, input.data);
    if (result === "wrong-password") {
      return res.status(400).render("accounts/change-email", {
        values,
        errors: { currentPassword: "Your current password is not right" },
      });
    }
    if (result === "same-email") {
      return res.status(400).render("accounts/change-email", {
        values,
        errors: { email: "Enter an email address that is different from the one you use now" },
      });
    }
    res.redirect(303, "/account?sent=email-change");
  };
}

export function confirmEmailChange(deps: Deps): RequestHandler<{ token: string }> {
  return async (req, res) => {
    const { status } = await deps.accounts.confirmEmailChange(req.params.token);
    res.set("Cache-Control", "no-store");
    if (status === "valid") return res.render("accounts/email-changed", { signedIn: Boolean(req.user) });
    if (status === "taken") {
      return res.status(409).render("accounts/token-problem", { status: "taken", journey: "email" });
    }
    renderTokenProblem(res, status, "email");
  };
}
