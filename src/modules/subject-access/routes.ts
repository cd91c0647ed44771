import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { downloadOrganisation, downloadOwnOrganisation, downloadPerson } from "./pages/download.js";
import { showOrganisationRequest, showOwnRequest, showPersonRequest } from "./pages/request.js";
import type { SubjectAccessService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/**
 * Subject access downloads: the lead's for any person or organisation, and an organisation
 * owner's for their own organisation. Each starts from a page that says what the file holds.
 */
export function subjectAccessRoutes(deps: { subjectAccess: SubjectAccessService }): Router {
  const router = Router();
  const lead = requireRole("PROGRAMME_LEAD");
  router.get("/admin/users/:id/subject-access", lead, noStore, showPersonRequest(deps));
  router.post("/admin/users/:id/subject-access", lead, noStore, downloadPerson(deps));
  router.get("/admin/organisations/:id/subject-access", lead, noStore, showOrganisationRequest(deps));
  router.post("/admin/organisations/:id/subject-access", lead, noStore, downloadOrganisation(deps));

  const applicant = requireRole("APPLICANT");
  router.get("/organisations/:id/subject-access", applicant, noStore, showOwnRequest(deps));
  router.post("/organisations/:id/subject-access", applicant, noStore, downloadOwnOrganisation(deps));
  return router;
}
