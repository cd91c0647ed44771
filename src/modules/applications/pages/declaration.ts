import type { ApplicationsService } from "../service.js";
import { readDeclaration } from "../forms.js";
import { sectionPage } from "./section-page.js";

/** The declaration: who is applying for the organisation, and that the answers are true. */
export const declarationPage = (deps: { applications: ApplicationsService }) =>
  sectionPage(deps, "applications/declaration", {
    read: readDeclaration,
    saved: (application) => ({ answers: application.declaration, version: application.declarationVersion }),
    save: (applications) => applications.saveDeclaration,
  });
