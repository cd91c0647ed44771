import type { OrganisationTypeValue, PlaceValue } from "../programme/index.js";
import type { CharterDeps } from "./deps.js";
import { ownedOrganisations, request } from "./request.js";
import { approve, decline, remove } from "./review.js";
import type { SignRequestInput } from "./schemas.js";
import { forLead, get } from "./lead-views.js";
import { signatories } from "./signatories.js";

type Status = "PENDING" | "APPROVED" | "DECLINED" | "REMOVED";

export function createCharterService(deps: CharterDeps) {
  return {
    signatories: (filter: { sector?: OrganisationTypeValue; place?: PlaceValue; page: number }) =>
      signatories(deps, filter),
    ownedOrganisations: (userId: string) => ownedOrganisations(deps, userId),
    request: (userId: string, input: SignRequestInput) => request(deps, userId, input),
    forLead: (status: Status) => forLead(deps, status),
    get: (id: string) => get(deps, id),
    approve: (id: string, actorId: string) => approve(deps, actorId, id),
    decline: (id: string, reason: string, actorId: string) => decline(deps, actorId, id, reason),
    remove: (id: string, reason: string, actorId: string) => remove(deps, actorId, id, reason),
  };
}

export type CharterService = ReturnType<typeof createCharterService>;
