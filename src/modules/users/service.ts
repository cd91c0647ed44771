// The users area's use cases gathered into the service the composition root builds.
import type { RoleValue } from "../../platform/db/index.js";
import { changeRole } from "./change-role.js";
import type { UsersDeps } from "./deps.js";
import { detail } from "./detail.js";
import { inviteStaff } from "./invite-staff.js";
import { list } from "./list.js";
import type { UserFilters } from "./schemas.js";
import { setActive } from "./set-active.js";

export type { UserChangeResult } from "./last-lead.js";

/** The programme lead's management of every account: roles, deactivation, invitations. */
export function createUsersService(deps: UsersDeps) {
  return {
    list: (filters: UserFilters, page: number) => list(deps, filters, page),
    detail: (actorId: string, userId: string) => detail(deps, actorId, userId),
    changeRole: (actorId: string, userId: string, role: RoleValue) => changeRole(deps, actorId, userId, role),
    setActive: (actorId: string, userId: string, active: boolean) => setActive(deps, actorId, userId, active),
    inviteStaff: (actorId: string, email: string, role: RoleValue) => inviteStaff(deps, actorId, email, role),
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
