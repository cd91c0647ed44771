import type { RequestHandler } from "express";
import type { Config } from "../../../config.js";
import { signedInUser } from "../../../platform/auth.js";
import { tooManyFromNetwork } from "../rate-limits.js";
import type { AccountsService } from "../service.js";
import { renderTokenProblem } from "./token-problem.js";

export function verifyEmail(deps: { accounts: AccountsService }): RequestHandler<{ token: string }> {
  return async (req, res) => {
    const { status } = await deps.accounts.verifyEmail(req.params.token);
    res.set("Cache-Control", "no-store");
    if (status === "valid") return res.render("accounts/email-verified");
    renderTokenProblem(res, status, "verify");
  };
}

export function resendTooOften(config: Config): RequestHandler {
  return (_req, res) => {
    res.status(429).render("errors/problem", { status: 429, message: tooManyFromNetwork(config) });
  };
}

export function resendVerification(deps: { accounts: AccountsService }): RequestHandler {
  return async (req, res) => {
    const result = await deps.accounts.resendVerification(signedInUser(req).id);
    res.redirect(303, result === "sent" ? "/account?sent=verification" : "/account");
  };
}
