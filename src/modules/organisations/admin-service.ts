// The organisation area's use cases for the programme lead, gathered into the service the
// composition root builds.
import { detail } from "./admin-detail.js";
import { list } from "./admin-list.js";
import type { OrganisationsAdminDeps } from "./deps.js";
import type { OrganisationFilters } from "./schemas.js";

/** The programme lead's view of every organisation. */
export function createOrganisationsAdminService(deps: OrganisationsAdminDeps) {
  return {
    list: (filters: OrganisationFilters, page: number) => list(deps, filters, page),
    detail: (organisationId: string) => detail(deps, organisationId),
  };
}

export type OrganisationsAdminService = ReturnType<typeof createOrganisationsAdminService>;
