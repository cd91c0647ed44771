import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { validate } from "../../../platform/validation.js";
import { ROLE_NAMES } from "../../invitations/index.js";
import { changeRoleSchema } from "../schemas.js";
import type { UserChangeResult, UsersService } from "../service.js";

type Deps = { users: UsersService };
type UserHandler = RequestHandler<{ id: string }>;

const REFUSALS: Record<Exclude<UserChangeResult, "done" | "not-found">, string> = {
  "last-lead": "There must always be at least one active programme lead. Make someone else a lead first.",
  self: "You cannot deactivate your own account. Ask another programme lead to do it.",
  owner:
    "This person owns an organisation. The organisation's ownership must be handed to another member before their role can change.",
};

/** What the person's page shows, or null when there is no such person. */
async function userView(
  deps: Deps,
  actorId: string,
  id: string,
  extra: { errors?: Record<string, string>; notice?: string } = {},
) {
  const user = await deps.users.detail(actorId, id);
  return user ? { user, roleNames: ROLE_NAMES, ...extra } : null;
}

/** One person's account, with their role and whether it is active. */
export function showUser(deps: Deps): UserHandler {
  return async (req, res, next) => {
    const view = await userView(deps, signedInUser(req).id, req.params.id, {
      notice: req.query.done ? "The change has been saved." : undefined,
    });
    if (!view) return next(notFound());
    res.render("users/show", view);
  };
}

export function changeRole(deps: Deps): UserHandler {
  return async (req, res, next) => {
    const input = validate(changeRoleSchema, req.body);
    if (!input.ok) {
      const view = await userView(deps, signedInUser(req).id, req.params.id, {
        errors: { role: input.errors.role ?? "Select a role" },
      });
      return view ? res.status(400).render("users/show", view) : next(notFound());
    }
    const result = await deps.users.changeRole(signedInUser(req).id, req.params.id, input.data.role);
    if (result === "not-found") return next(notFound());
    if (result !== "done") {
      const view = await userView(deps, signedInUser(req).id, req.params.id, { errors: { role: REFUSALS[result] } });
      return res.status(409).render("users/show", view!);
    }
    res.redirect(303, `/admin/users/${req.params.id}?done=1`);
  };
}

/** Deactivates or reactivates the account; a refusal is shown beside the button pressed. */
export function setActive(deps: Deps, action: "deactivate" | "reactivate"): UserHandler {
  const active = action === "reactivate";
  return async (req, res, next) => {
    const result = await deps.users.setActive(signedInUser(req).id, req.params.id, active);
    if (result === "not-found") return next(notFound());
    if (result !== "done") {
      const view = await userView(deps, signedInUser(req).id, req.params.id, {
        errors: { [action]: REFUSALS[result] },
      });
      return res.status(409).render("users/show", view!);
    }
    res.redirect(303, `/admin/users/${req.params.id}?done=1`);
  };
}
