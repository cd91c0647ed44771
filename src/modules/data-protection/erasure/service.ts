// The erasure use cases gathered into the service the composition root builds.
import type { ErasureDeps, Tx } from "../deps.js";
import { afterCommit } from "./after-commit.js";
import { deleteOrganisationInTx, type DeleteOrganisationOptions } from "./delete-organisation.js";
import { eraseOrganisation } from "./erase-organisation.js";
import { eraseUser, eraseUserInTx } from "./erase-user.js";
import type { EraseUserOptions } from "./model.js";
import { planOrganisation } from "./plan-organisation.js";
import { planUser } from "./plan-user.js";
import { userRefusal, type RefusalSubject } from "./refusals.js";

/** Erasure on request (a person, an organisation), and the pieces retention erases with. */
export function createErasureService(deps: ErasureDeps) {
  return {
    eraseUserInTx: (tx: Tx, userId: string, erasure: EraseUserOptions) => eraseUserInTx(tx, userId, erasure),
    deleteOrganisationInTx: (tx: Tx, organisationId: string, deletion: DeleteOrganisationOptions) =>
      deleteOrganisationInTx(tx, organisationId, deletion),
    afterCommit: (keys: string[]) => afterCommit(deps, keys),
    userRefusal: (user: RefusalSubject, actorId: string | null) => userRefusal(deps.prisma, user, actorId, null),
    planUser: (actorId: string, userId: string) => planUser(deps, actorId, userId),
    eraseUser: (actorId: string, userId: string, requestReference: string) =>
      eraseUser(deps, actorId, userId, requestReference),
    planOrganisation: (organisationId: string) => planOrganisation(deps, organisationId),
    eraseOrganisation: (
      actorId: string,
      organisationId: string,
      input: { requestReference: string; awardConfirmed: boolean },
    ) => eraseOrganisation(deps, actorId, organisationId, input),
  };
}

export type ErasureService = ReturnType<typeof createErasureService>;
