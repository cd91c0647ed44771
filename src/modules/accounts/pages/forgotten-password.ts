import type { RequestHandler } from "express";
import type { Config } from "../../../config.js";
import { formValues, textField, validate } from "../../../platform/validation.js";
import { tooManyFromNetwork } from "../rate-limits.js";
import { forgottenPasswordSchema, resetPasswordSchema } from "../schemas.js";
import type { AccountsService } from "../service.js";
import { renderTokenProblem } from "./token-problem.js";

type Deps = { accounts: AccountsService };

export function showForgottenPassword(): RequestHandler {
  return (_req, res) => {
    res.render("accounts/forgotten-password", { values: {} });
  };
}

export function resetTooOften(config: Config): RequestHandler {
  return (req, res) => {
    res.status(429).render("accounts/forgotten-password", {
      values: { email: textField(req.body, "email") },
      errors: { email: tooManyFromNetwork(config) },
    });
  };
}

export function requestPasswordReset(deps: Deps): RequestHandler {
  return async (req, res) => {
    const input = validate(forgottenPasswordSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("accounts/forgotten-password", { values: formValues(req.body), errors: input.errors });
    }
    await deps.accounts.requestPasswordReset(input.data.email);
    res.redirect(303, "/forgotten-password/check-your-email");
  };
}

export function showResetRequested(): RequestHandler {
  return (_req, res) => {
    res.render("accounts/reset-requested");
  };
}

export function showResetPassword(deps: Deps): RequestHandler<{ token: string }> {
  return async (req, res) => {
    const status = await deps.accounts.checkResetToken(req.params.token);
    res.set("Cache-Control", "no-store");
    if (status !== "valid") return renderTokenProblem(res, status, "reset");
    res.render("accounts/reset-password", { token: req.params.token });
  };
}

export function resetPassword(deps: Deps): RequestHandler<{ token: string }> {
  return async (req, res) => {
    const input = validate(resetPasswordSchema, req.body);
    if (!input.ok) {
      const status = await deps.accounts.checkResetToken(req.params.token);
      if (status !== "valid") return renderTokenProblem(res, status, "reset");
      return res.status(400).render("accounts/reset-password", { token: req.params.token, errors: input.errors });
    }
    const { status } = await deps.accounts.resetPassword(req.params.token, input.data.password);
    if (status !== "valid") return renderTokenProblem(res, status, "reset");
    // Every session of the account has ended, this one included.
    req.logout(() => res.redirect(303, "/reset-password-done"));
  };
}

export function showResetDone(): RequestHandler {
  return (_req, res) => res.render("accounts/password-reset-done");
}
