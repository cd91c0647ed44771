import type { Request } from "express";
import type { OrganisationDetails } from "../organisations/index.js";
import { labelOf, ORGANISATION_TYPES, PLACES, SIZE_BANDS } from "../programme/index.js";
import { organisationAboutSchema, organisationAddressSchema, organisationNameSchema, personSchema } from "./schemas.js";
import type { SignUpPerson } from "./service.js";

export type Answers = {
  organisation?: Pick<OrganisationDetails, "name" | "type" | "registrationNumber">;
  address?: Pick<OrganisationDetails, "addressLine1" | "addressLine2" | "town" | "postcode">;
  about?: Pick<OrganisationDetails, "places" | "sizeBand" | "website">;
  person?: SignUpPerson;
};

declare module "express-session" {
  interface SessionData {
    /** Sign-up answers so far; the password is kept only as its hash. */
    signUp?: Answers;
    /** The address the confirmation page names after sign-up. */
    signUpEmail?: string;
  }
}

// The question pages in order; check answers comes once each has been answered.
export const STEPS = [
  { slug: "organisation", key: "organisation", view: "sign-up/organisation", schema: organisationNameSchema },
  { slug: "address", key: "address", view: "sign-up/address", schema: organisationAddressSchema },
  { slug: "about", key: "about", view: "sign-up/about", schema: organisationAboutSchema },
  { slug: "you", key: "person", view: "sign-up/you", schema: personSchema },
] as const;

export type Step = (typeof STEPS)[number];

export const CHECK = "/sign-up/check-answers";

export const answersOf = (req: Request): Answers => req.session.signUp ?? {};

export function firstUnanswered(answers: Answers): string | null {
  const step = STEPS.find((s) => !answers[s.key]);
  return step ? `/sign-up/${step.slug}` : null;
}

/** The choices the question pages offer. */
export const options = { types: ORGANISATION_TYPES, places: PLACES, sizeBands: SIZE_BANDS };

export function labelsFor(answers: Answers) {
  return {
    type: labelOf(ORGANISATION_TYPES, answers.organisation?.type),
    sizeBand: labelOf(SIZE_BANDS, answers.about?.sizeBand),
    places: (answers.about?.places ?? []).map((place) => labelOf(PLACES, place)),
  };
}
