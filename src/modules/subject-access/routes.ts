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
  router
    .route("/admin/users/:id/subject-access")
    .get(lead, noStore, showPersonRequest(deps))
    .post(lead, noStore, downloadPerson(deps));
  router
    .route("/admin/organisations/:id/subject-access")
    .get(lead, noStore, showOrganisationRequest(deps))
    .post(lead, noStore, downloadOrganisation(deps));

  const applicant = requireRole("APPLICANT");
  router
    .route("/organisations/:id/subject-access")
    .get(applicant, noStore, showOwnRequest(deps))
    .post(applicant, noStore, downloadOwnOrganisation(deps));
  return router;
}
