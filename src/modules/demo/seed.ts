import type { Clock } from "../../platform/clock.js";
import type { Database } from "../../platform/db/index.js";
import { withMigrationLock } from "../../platform/db/migration-lock.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { Random } from "../../platform/random.js";

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** What the demo seed runs on. */
export interface DemoSeedDeps {
  db: Pick<Database, "provider" | "prisma">;
  passwords: PasswordHasher;
  now: Clock;
  random: Random;
}

const ACCOUNTS = [
  { role: "PROGRAMME_LEAD", email: "lead@demo.invalid", fullName: "Demo Programme Lead", jobTitle: "Programme lead" },
  { role: "ASSESSOR", email: "assessor@demo.invalid", fullName: "Demo Assessor", jobTitle: "Assessor" },
  { role: "APPLICANT", email: "applicant@demo.invalid", fullName: "Demo Applicant", jobTitle: "Community manager" },
] as const;

/**
 * On a database with no users, creates one account of each kind so that a person trying the portal
 * can sign in. Returns the accounts made (empty when the database already had users). Never called
 * in production: the configuration refuses SEED_DEMO_DATA there.
 *
 * Safe when two instances start together: the writing happens in one transaction under the
 * migrations' lock, and counts the users again once it holds it, so the second finds the accounts
 * there and writes nothing.
 */
export async function seedDemo(deps: DemoSeedDeps): Promise<DemoAccount[]> {
  const { db, passwords } = deps;
  if ((await db.prisma.user.count()) > 0) return [];
  // Hashing is slow on purpose; done before the transaction so that the lock is held briefly.
  const made: (DemoAccount & { hash: string })[] = [];
  for (const account of ACCOUNTS) {
    const password = deps.random.bytes(12).toString("base64url");
    made.push({ role: account.role, email: account.email, password, hash: await passwords.hash(password) });
  }
  return withMigrationLock(db, async (tx) => {
    if ((await tx.user.count()) > 0) return [];
    for (const [index, account] of ACCOUNTS.entries()) {
      const user = await tx.user.create({
        data: {
          email: account.email,
          fullName: account.fullName,
          jobTitle: account.jobTitle,
          role: account.role,
          passwordHash: made[index]!.hash,
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
    }
    return made.map(({ role, email, password }) => ({ role, email, password }));
  });
}
