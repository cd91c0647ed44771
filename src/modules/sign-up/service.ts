import type { OrganisationDetails } from "../organisations/index.js";
import type { SignUpDeps } from "./deps.js";
import { hashPassword, signUp, type SignUpPerson } from "./sign-up.js";

export type { SignUpPerson } from "./sign-up.js";

export function createSignUpService(deps: SignUpDeps) {
  return {
    hashPassword: (password: string) => hashPassword(deps, password),
    signUp: (organisation: OrganisationDetails, person: SignUpPerson) => signUp(deps, organisation, person),
  };
}

export type SignUpService = ReturnType<typeof createSignUpService>;
