// The subject access use cases gathered into the service the composition root builds.
import type { SubjectAccessDeps } from "./deps.js";
import { organisationDownload, ownOrganisationDownload, personDownload } from "./download.js";
import { findOrganisation, findOwnOrganisation, findPerson } from "./find-subject.js";

export type { SubjectAccessDownload } from "./download.js";

/** Subject access: everything held about a person or an organisation, as a ZIP of JSON and files. */
export function createSubjectAccessService(deps: SubjectAccessDeps) {
  return {
    person: (userId: string) => findPerson(deps, userId),
    organisation: (organisationId: string) => findOrganisation(deps, organisationId),
    organisationForOwner: (userId: string, organisationId: string) => findOwnOrganisation(deps, userId, organisationId),
    personDownload: (actorId: string, userId: string) => personDownload(deps, actorId, userId),
    organisationDownload: (actorId: string, organisationId: string) =>
      organisationDownload(deps, actorId, organisationId),
    ownOrganisationDownload: (userId: string, organisationId: string) =>
      ownOrganisationDownload(deps, userId, organisationId),
  };
}

export type SubjectAccessService = ReturnType<typeof createSubjectAccessService>;
