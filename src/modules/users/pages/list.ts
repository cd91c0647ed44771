import type { RequestHandler } from "express";
import { listHref, paginationItems } from "../../../platform/pagination.js";
import { validate } from "../../../platform/validation.js";
import { ROLE_NAMES } from "../../invitations/index.js";
import { pageSchema, userFiltersSchema } from "../schemas.js";
import type { UsersService } from "../service.js";

/** Every account, searched and filtered by role and status. */
export function showUsers(deps: { users: UsersService }): RequestHandler {
  return async (req, res) => {
    const { page } = pageSchema.parse(req.query);
    const input = validate(userFiltersSchema, req.query);
    // A search too long to run is not run: the page shows the message beside the box instead.
    const filters = input.ok ? input.data : userFiltersSchema.parse({ ...req.query, q: "" });
    const list = input.ok ? await deps.users.list(filters, page) : { users: [], page: 1, pages: 1, total: 0 };
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
  };
}
