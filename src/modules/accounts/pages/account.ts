import type { Request, RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { formValues, validate } from "../../../platform/validation.js";
import { profileSchema } from "../schemas.js";
import type { AccountsService } from "../service.js";

type Deps = { accounts: AccountsService };

const NOTICES: Record<string, string> = {
  "sent=verification": "We have sent a new link to your email address. It works for 24 hours.",
  "sent=email-change": "We have sent a link to your new email address. Your email address changes when you follow it.",
  "updated=profile": "Your name and job title have been saved.",
  "updated=password": "Your password has been changed. You have been signed out everywhere else.",
};

function notice(req: Request): string | undefined {
  const key = Object.entries(req.query)
    .map(([name, value]) => `${name}=${typeof value === "string" ? value : ""}`)
    .find((pair) => pair in NOTICES);
  return key ? NOTICES[key] : undefined;
}

export function showAccount(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const account = await deps.accounts.summary(signedInUser(req).id);
    if (!account) return next(notFound());
    res.set("Cache-Control", "no-store").render("accounts/account", { account, notice: notice(req) });
  };
}

export function showProfile(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const account = await deps.accounts.summary(signedInUser(req).id);
    if (!account) return next(notFound());
    res.render("accounts/profile", { values: { fullName: account.fullName, jobTitle: account.jobTitle } });
  };
}

export function saveProfile(deps: Deps): RequestHandler {
  return async (req, res) => {
    const input = validate(profileSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("accounts/profile", { values: formValues(req.body), errors: input.errors });
    }
    await deps.accounts.updateProfile(signedInUser(req).id, input.data);
    res.redirect(303, "/account?updated=profile");
  };
}
