import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { Random } from "../../platform/random.js";

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** What the demo seed runs on. */
export interface DemoSeedDeps {
  prisma: Db;
  passwords: PasswordHasher;
  now: Clock;
  random: Random;
}

/**
 * On a database with no users, creates one account of each kind so that a person trying the portal
 * can sign in. Returns the accounts made (empty when the database already had users). Never called
 * in production: the configuration refuses SEED_DEMO_DATA there.
 */
export async function seedDemoData(deps: DemoSeedDeps): Promise<DemoAccount[]> {
  const { prisma, passwords } = deps;
  if ((await prisma.user.count()) > 0) return [];
  const accounts = [
    { role: "PROGRAMME_LEAD", email: "lead@demo.invalid", fullName: "Demo Programme Lead", jobTitle: "Programme lead" },
    { role: "ASSESSOR", email: "assessor@demo.invalid", fullName: "Demo Assessor", jobTitle: "Assessor" },
    { role: "APPLICANT", email: "applicant@demo.invalid", fullName: "Demo Applicant", jobTitle: "Community manager" },
  ] as const;
  const made: DemoAccount[] = [];
  await prisma.$transaction(async (tx) => {
    // Counted again inside the transaction: two instances starting together seed once.
    if ((await tx.user.count()) > 0) return;
    for (const account of accounts) {
      const password = deps.random.bytes(12).toString("base64url");
      const user = await tx.user.create({
        data: {
          email: account.email,
          fullName: account.fullName,
          jobTitle: account.jobTitle,
          role: account.role,
          passwordHash: await passwords.hash(password),
          emailVerifiedAt: deps.now(),
        },
      });
      if (account.role === "APPLICANT") {
        await tx.organisation.create({
          data: {
            name: "Demo Community Trust",
            type: "VCFSE",
            addressLine1: "1 Example Street",
            town: "Liverpool",
            postcode: "L1 1AA",
            sizeBand: "SMALL",
            places: { create: [{ place: "LIVERPOOL" }, { place: "KNOWSLEY" }] },
            members: { create: { userId: user.id, isOwner: true } },
          },
        });
      }
      made.push({ role: account.role, email: account.email, password });
    }
  });
  return made;
}
