import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { OrganisationDetails } from "../organisations/index.js";
import type { SignUpDeps } from "./deps.js";
import { hashPassword, signUp, type SignUpPerson } from "./sign-up.js";

export type { SignUpPerson } from "./sign-up.js";

export function createSignUpService(prisma: Db, mailer: Mailer, passwords: PasswordHasher, now = () => new Date()) {
  const deps: SignUpDeps = { prisma, mailer, passwords, now };
  return {
    hashPassword: (password: string) => hashPassword(deps, password),
    signUp: (organisation: OrganisationDetails, person: SignUpPerson) => signUp(deps, organisation, person),
  };
}

export type SignUpService = ReturnType<typeof createSignUpService>;
