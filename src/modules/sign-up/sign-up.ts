import { recordAudit } from "../../platform/audit.js";
import { issueAccountToken, sendVerification, VERIFY_EMAIL_HOURS } from "../accounts/index.js";
import type { OrganisationDetails } from "../organisations/index.js";
import type { SignUpDeps } from "./deps.js";

export interface SignUpPerson {
  fullName: string;
  jobTitle: string;
  email: string;
  /** Hashed on the page where it was typed: the password itself is never kept, not even in the session. */
  passwordHash: string;
}

/** The password as the sign-up journey keeps it until the account is made. */
export function hashPassword(deps: SignUpDeps, password: string): Promise<string> {
  return deps.passwords.hash(password);
}

/**
 * Creates the organisation and its owner, and sends the verification link. When the email
 * already has an account nothing is created and the owner of that address is told instead:
 * the person signing up sees the same page either way.
 */
export async function signUp(deps: SignUpDeps, organisation: OrganisationDetails, person: SignUpPerson): Promise<void> {
  const { prisma } = deps;
  const existing = await prisma.user.findUnique({ where: { email: person.email } });
  if (existing) return tellOwnerOfAddress(deps, existing);
  let created: { email: string; fullName: string; token: string } | null;
  try {
    created = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: person.email,
          fullName: person.fullName,
          jobTitle: person.jobTitle,
          passwordHash: person.passwordHash,
          role: "APPLICANT",
        },
      });
      const { places, ...details } = organisation;
      const org = await tx.organisation.create({
        data: {
          ...details,
          registrationNumber: details.registrationNumber || null,
          website: details.website || null,
          places: { create: places.map((place) => ({ place })) },
          members: { create: { userId: user.id, isOwner: true } },
        },
      });
      await recordAudit(tx, user.id, "user.sign-up", ["User", user.id, org.id], {
        after: { email: user.email, fullName: user.fullName, jobTitle: user.jobTitle },
      });
      await recordAudit(tx, user.id, "organisation.create", ["Organisation", org.id], { after: organisation });
      const token = await issueAccountToken(deps, tx, user.id, "VERIFY_EMAIL", VERIFY_EMAIL_HOURS);
      return { email: user.email, fullName: user.fullName, token };
    });
  } catch (error) {
    // Two sign-ups with the same email at once: the second is treated as "already registered".
    if ((error as { code?: string }).code !== "P2002") throw error;
    const winner = await prisma.user.findUnique({ where: { email: person.email } });
    if (winner) await tellOwnerOfAddress(deps, winner);
    return;
  }
  await sendVerification(deps.mailer, created, created.token);
}

async function tellOwnerOfAddress(deps: SignUpDeps, user: { email: string; fullName: string }): Promise<void> {
  await deps.mailer.send({
    to: user.email,
    subject: "Someone tried to sign up with your email address",
    template: "account-exists",
    context: { fullName: user.fullName },
  });
}
