import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { inviteStaff, showInvite } from "./pages/invite.js";
import { showUsers } from "./pages/list.js";
import { changeRole, setActive, showUser } from "./pages/user.js";
import type { UsersService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's management of every account: roles, deactivation, invitations. */
export function usersRoutes(deps: { users: UsersService }): Router {
  const router = Router();
  // The pages show every account's name and email address, so no copy is kept in a cache.
  router.use("/admin/users", requireRole("PROGRAMME_LEAD"), noStore);
  router.get("/admin/users", showUsers(deps));
  router.route("/admin/users/invite").get(showInvite()).post(inviteStaff(deps));
  router.get("/admin/users/:id", showUser(deps));
  router.post("/admin/users/:id/role", changeRole(deps));
  router.post("/admin/users/:id/deactivate", setActive(deps, "deactivate"));
  router.post("/admin/users/:id/reactivate", setActive(deps, "reactivate"));
  return router;
}
