import { Router } from "express";
import { requireRole, signedInUser } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { formValues, validate } from "../../platform/validation.js";
import { ROLE_NAMES } from "../invitations/index.js";
import { listHref, paginationItems } from "../../platform/pagination.js";
import { changeRoleSchema, inviteStaffSchema, pageSchema, userFiltersSchema } from "./schemas.js";
import type { UserChangeResult, UsersService } from "./service.js";

const REFUSALS: Record<Exclude<UserChangeResult, "done" | "not-found">, string> = {
  "last-lead": "There must always be at least one active programme lead. Make someone else a lead first.",
  self: "You cannot deactivate your own account. Ask another programme lead to do it.",
  owner:
    "This person owns an organisation. The organisation's ownership must be handed to another member before their role can change.",
};

/** The programme lead's management of every account: roles, deactivation, invitations. */
export function usersRoutes(deps: { users: UsersService }): Router {
  const router = Router();
  const { users } = deps;
  router.use("/admin/users", requireRole("PROGRAMME_LEAD"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });

  router.get("/admin/users", async (req, res) => {
    const { page } = pageSchema.parse(req.query);
    const input = validate(userFiltersSchema, req.query);
    // A search too long to run is not run: the page shows the message beside the box instead.
    const filters = input.ok ? input.data : userFiltersSchema.parse({ ...req.query, q: "" });
    const list = input.ok ? await users.list(filters, page) : { users: [], page: 1, pages: 1, total: 0 };
    const href = (n: number) => listHref("/admin/users", filters, n);
    res.status(input.ok ? 200 : 400).render("users/list", {
      ...list,
      filters,
      values: { q: typeof req.query.q === "string" ? req.query.q : filters.q },
      errors: input.ok ? undefined : input.errors,
      filtered: Boolean(filters.q || filters.role || filters.status),
      pagination: paginationItems(list.page, list.pages, href),
      roleNames: ROLE_NAMES,
    });
  });

  router.get("/admin/users/invite", (_req, res) => res.render("users/invite", { values: {} }));

  router.post("/admin/users/invite", async (req, res) => {
    const input = validate(inviteStaffSchema, req.body);
    if (!input.ok)
      return res.status(400).render("users/invite", { values: formValues(req.body), errors: input.errors });
    const result = await users.inviteStaff(signedInUser(req).id, input.data.email, input.data.role);
    if (result !== "sent") {
      return res.status(400).render("users/invite", {
        values: formValues(req.body),
        errors: { email: "This email address already has an account. Change its role on the person's page instead" },
        existingUserId: result.existingUserId,
      });
    }
    res.redirect(303, "/admin/users?invited=1");
  });

  const showUser = async (
    actorId: string,
    id: string,
    extra: { errors?: Record<string, string>; notice?: string } = {},
  ) => {
    const user = await users.detail(actorId, id);
    return user ? { user, roleNames: ROLE_NAMES, ...extra } : null;
  };

  router.get("/admin/users/:id", async (req, res, next) => {
    const view = await showUser(signedInUser(req).id, req.params.id, {
      notice: req.query.done ? "The change has been saved." : undefined,
    });
    if (!view) return next(notFound());
    res.render("users/show", view);
  });

  router.post("/admin/users/:id/role", async (req, res, next) => {
    const input = validate(changeRoleSchema, req.body);
    if (!input.ok) {
      const view = await showUser(signedInUser(req).id, req.params.id, {
        errors: { role: input.errors.role ?? "Select a role" },
      });
      return view ? res.status(400).render("users/show", view) : next(notFound());
    }
    const result = await users.changeRole(signedInUser(req).id, req.params.id, input.data.role);
    if (result === "not-found") return next(notFound());
    if (result !== "done") {
      const view = await showUser(signedInUser(req).id, req.params.id, { errors: { role: REFUSALS[result] } });
      return res.status(409).render("users/show", view!);
    }
    res.redirect(303, `/admin/users/${req.params.id}?done=1`);
  });

  for (const [action, active] of [
    ["deactivate", false],
    ["reactivate", true],
  ] as const) {
    router.post(`/admin/users/:id/${action}`, async (req, res, next) => {
      const result = await users.setActive(signedInUser(req).id, req.params.id, active);
      if (result === "not-found") return next(notFound());
      if (result !== "done") {
        const view = await showUser(signedInUser(req).id, req.params.id, { errors: { [action]: REFUSALS[result] } });
        return res.status(409).render("users/show", view!);
      }
      res.redirect(303, `/admin/users/${req.params.id}?done=1`);
    });
  }

  return router;
}
