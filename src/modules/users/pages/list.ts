import type { RequestHandler } from "express";
import { filteredList } from "../../../platform/filters.js";
import { ROLE_NAMES } from "../../invitations/index.js";
import { userFiltersSchema } from "../schemas.js";
import type { UsersService } from "../service.js";

/** Every account, searched and filtered by role and status. */
export function showUsers(deps: { users: UsersService }): RequestHandler {
  return async (req, res) => {
    const { status, list, ...shown } = await filteredList(req, userFiltersSchema, (filters, page) =>
      deps.users.list(filters, page),
    );
    res.status(status).render("users/list", { ...list, ...shown, roleNames: ROLE_NAMES });
  };
}
