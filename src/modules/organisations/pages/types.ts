import type { RequestHandler } from "express";
import { ORGANISATION_TYPES, PLACES, SIZE_BANDS } from "../../programme/index.js";
import type { OrganisationsService } from "../service.js";

export type Deps = { organisations: OrganisationsService };

/** A page of one organisation, named by its id in the address. */
export type OrganisationHandler<P = object> = RequestHandler<{ id: string } & P>;

/** The lists the details form chooses from. */
export const options = { types: ORGANISATION_TYPES, places: PLACES, sizeBands: SIZE_BANDS };
