import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import type { OrganisationsAdminService } from "./admin-service.js";
import { showOrganisationDetail, showOrganisationList } from "./pages/admin.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's list of organisations and each one's page. */
export function organisationsAdminRoutes(deps: { organisationsAdmin: OrganisationsAdminService }): Router {
  const router = Router();
  // The pages show members' names and email addresses, so no copy is kept in a cache.
  router.use("/admin/organisations", requireRole("PROGRAMME_LEAD"), noStore);
  router.get("/admin/organisations", showOrganisationList(deps));
  router.get("/admin/organisations/:id", showOrganisationDetail(deps));
  return router;
}
