import { z } from "zod";
import {
  checkboxValues,
  optionalText,
  postcode,
  registrationNumber,
  requiredText,
  website,
} from "../../platform/fields.js";
import { optionalChoice, searchField } from "../../platform/filters.js";
import { emailAddress } from "../../platform/validation.js";
import { ORGANISATION_TYPES, PLACES, SIZE_BANDS, valuesOf, type PlaceValue } from "../programme/index.js";

export const organisationNameSchema = z.object({
  name: requiredText(200, {
    required: "Enter the name of the organisation",
    tooLong: "Organisation name must be 200 characters or fewer",
  }),
  type: z.enum(valuesOf(ORGANISATION_TYPES), { error: "Select the type of organisation" }),
  registrationNumber: registrationNumber(),
});

export const organisationAddressSchema = z.object({
  addressLine1: requiredText(100, {
    required: "Enter the first line of the address",
    tooLong: "Address line 1 must be 100 characters or fewer",
  }),
  addressLine2: optionalText(100, { tooLong: "Address line 2 must be 100 characters or fewer" }),
  town: requiredText(60, {
    required: "Enter the town or city",
    tooLong: "Town or city must be 60 characters or fewer",
  }),
  postcode: postcode(),
});

export const organisationAboutSchema = z.object({
  places: checkboxValues<PlaceValue>(valuesOf(PLACES), {
    required: "Select the places in Cheshire and Merseyside where the organisation works",
  }),
  sizeBand: z.enum(valuesOf(SIZE_BANDS), { error: "Select how many staff and volunteers the organisation has" }),
  website: website(),
});

/** Every detail of an organisation, as the owner edits them on one page. */
export const organisationDetailsSchema = organisationNameSchema
  .extend(organisationAddressSchema.shape)
  .extend(organisationAboutSchema.shape);

export type OrganisationDetails = z.infer<typeof organisationDetailsSchema>;

export const inviteMemberSchema = z.object({
  email: emailAddress({
    required: "Enter the email address of the person you want to invite",
    format: "Enter an email address in the correct format, like name@example.org",
    tooLong: "Email address must be 254 characters or fewer",
  }),
});

export const chooseMemberSchema = z.object({
  memberId: z.string({ error: "Select the member who will become the owner" }).min(1, {
    error: "Select the member who will become the owner",
  }),
});

export const organisationFiltersSchema = z.object({
  q: searchField(),
  type: optionalChoice(valuesOf(ORGANISATION_TYPES)),
  place: optionalChoice(valuesOf(PLACES)),
});

export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;
