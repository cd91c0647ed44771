import type { ApplicationsService } from "../service.js";
import { readOrgDetails } from "../forms.js";
import { options } from "./options.js";
import { sectionPage } from "./section-page.js";

/** The organisation's details as they stand for this application. */
export const organisationPage = (deps: { applications: ApplicationsService }) =>
  sectionPage(deps, "applications/organisation", {
    read: readOrgDetails,
    saved: (application) => ({ answers: application.orgDetails, version: application.orgDetailsVersion }),
    save: (applications) => applications.saveOrgDetails,
    locals: { options },
  });
