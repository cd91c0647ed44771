// The people who run the demo programme: the accounts printed at start-up, which someone trying
// the portal signs in as, and two more assessors who share the reviews.
import type { Tx } from "../../platform/db/index.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { Random } from "../../platform/random.js";

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/**
 * The accounts to sign in as. The assessor's address is at a domain of its own, so that the
 * automatic conflict check (same email domain as the applicant) lets the lead assign them to the
 * demo applicant's organisation.
 */
export const SIGN_IN_ACCOUNTS = [
  { role: "PROGRAMME_LEAD", email: "lead@demo.invalid", fullName: "Demo Programme Lead", jobTitle: "Programme lead" },
  { role: "ASSESSOR", email: "assessor@assessors.invalid", fullName: "Demo Assessor", jobTitle: "Assessor" },
  { role: "APPLICANT", email: "applicant@demo.invalid", fullName: "Demo Applicant", jobTitle: "Community manager" },
] as const;

/** Assessors who are not signed in as, each at a domain of their own. */
const OTHER_ASSESSORS = [
  { email: "tom.ellison@panel-north.invalid", fullName: "Tom Ellison", jobTitle: "Assessor" },
  { email: "rhiannon.price@panel-south.invalid", fullName: "Rhiannon Price", jobTitle: "Assessor" },
] as const;

export interface HashedAccounts {
  accounts: DemoAccount[];
  hashes: string[];
  /** A hash of a password nobody is told: the demo's other people cannot be signed in as. */
  unusableHash: string;
}

/** New passwords for the sign-in accounts and their hashes, made before the seed's transaction. */
export async function hashAccounts(passwords: PasswordHasher, random: Random): Promise<HashedAccounts> {
  const accounts = SIGN_IN_ACCOUNTS.map(({ role, email }) => ({
    role,
    email,
    password: random.bytes(12).toString("base64url"),
  }));
  const hashes: string[] = [];
  for (const account of accounts) hashes.push(await passwords.hash(account.password));
  const unusableHash = await passwords.hash(random.bytes(24).toString("base64url"));
  return { accounts, hashes, unusableHash };
}

export interface DemoStaff {
  leadId: string;
  /** The demo assessor first. */
  assessorIds: string[];
}

/** The lead and the assessors, with accounts made at `since`. The demo applicant comes with their organisation. */
export async function writeStaff(tx: Tx, hashed: HashedAccounts, since: Date): Promise<DemoStaff> {
  const staff = [
    ...SIGN_IN_ACCOUNTS.filter((a) => a.role !== "APPLICANT").map((account) => ({
      ...account,
      passwordHash: hashed.hashes[SIGN_IN_ACCOUNTS.indexOf(account)]!,
    })),
    ...OTHER_ASSESSORS.map((assessor) => ({
      ...assessor,
      role: "ASSESSOR" as const,
      passwordHash: hashed.unusableHash,
    })),
  ];
  const ids: string[] = [];
  for (const person of staff) {
    const user = await tx.user.create({ data: { ...person, emailVerifiedAt: since, createdAt: since } });
    ids.push(user.id);
  }
  return { leadId: ids[0]!, assessorIds: ids.slice(1) };
}

/** The demo applicant's sign-in: their address and the hash of their printed password. */
export function applicantLogin(hashed: HashedAccounts): { email: string; passwordHash: string } {
  const index = SIGN_IN_ACCOUNTS.findIndex((a) => a.role === "APPLICANT");
  return { email: SIGN_IN_ACCOUNTS[index]!.email, passwordHash: hashed.hashes[index]! };
}
