import { recordAudit } from "../../platform/audit.js";
import type { Clock } from "../../platform/clock.js";
import type { Database } from "../../platform/db/index.js";
import { withMigrationLock } from "../../platform/db/migration-lock.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { Random } from "../../platform/random.js";
import { applicantLogin, hashAccounts, writeStaff, type DemoAccount, type HashedAccounts } from "./accounts.js";
import { startedDaysAgo, writeApplication } from "./applications.js";
import { writeChampions } from "./champions.js";
import { writeCharterRequest } from "./charter.js";
import { daysBefore, type DemoContext } from "./context.js";
import { writeDecision, type DecisionCounts } from "./decisions.js";
import { writeOrganisation } from "./organisation-writer.js";
import { DEMO_APPLICANT_ORGANISATION, DEMO_ORGANISATIONS } from "./organisations.js";
import { referencesFor } from "./references.js";
import { writeReviews } from "./reviews.js";

/** What the demo seed runs on. */
export interface DemoSeedDeps {
  db: Pick<Database, "provider" | "prisma">;
  passwords: PasswordHasher;
  now: Clock;
  random: Random;
}

const EVERY_ORGANISATION = [DEMO_APPLICANT_ORGANISATION, ...DEMO_ORGANISATIONS];

/**
 * On a database with no users, a demo programme to try the portal with: the accounts to sign in
 * as, and some thirty organisations with applications at every stage, awards, charter signatories
 * and champions. Returns the accounts made (empty when the database already had users). Never
 * called in production: the configuration refuses SEED_DEMO_DATA there.
 *
 * Safe when two instances start together: the writing happens in one transaction under the
 * migrations' lock, and counts the users again once it holds it, so the second finds the demo
 * there and writes nothing.
 */
export async function seedDemo(deps: DemoSeedDeps): Promise<DemoAccount[]> {
  if ((await deps.db.prisma.user.count()) > 0) return [];
  // Hashing is slow on purpose; done before the transaction so that the lock is held briefly.
  const hashed = await hashAccounts(deps.passwords, deps.random);
  const now = deps.now();
  return withMigrationLock(deps.db, async (tx) => {
    if ((await tx.user.count()) > 0) return [];
    const staff = await writeStaff(tx, hashed, daysBefore(now, 365 * 7));
    const ctx: DemoContext = { tx, now, random: deps.random, ...staff, unusableHash: hashed.unusableHash };
    const written = await writeProgramme(ctx, hashed);
    await recordAudit(tx, null, "demo.seed", ["Demo", null], { after: written });
    return hashed.accounts;
  });
}

/** Every organisation with its applications and charter request, then the champions. */
async function writeProgramme(ctx: DemoContext, hashed: HashedAccounts) {
  const applications = EVERY_ORGANISATION.flatMap((org) => org.applications);
  const references = referencesFor(applications, ctx.now);
  const counts: DecisionCounts & { organisations: number; applications: number; signatures: number } = {
    organisations: 0,
    applications: 0,
    signatures: 0,
    decisions: 0,
    awards: 0,
    appeals: 0,
  };
  for (const [index, org] of EVERY_ORGANISATION.entries()) {
    const written = await writeOrganisation(ctx, org, index === 0 ? applicantLogin(hashed) : undefined);
    counts.organisations += 1;
    let previousId: string | null = null;
    // Oldest first: a later application is the organisation's re-application, copied from the last.
    const inOrder = [...org.applications].sort((a, b) => startedDaysAgo(b) - startedDaysAgo(a));
    for (const app of inOrder) {
      const order = applications.indexOf(app);
      const reference = references.of.get(app) ?? null;
      const target = { org, written, app, order, reference, copiedFromId: previousId };
      const id = await writeApplication(ctx, target);
      await writeReviews(ctx, id, app, order);
      await writeDecision(ctx, target, id, counts);
      counts.applications += 1;
      previousId = id;
    }
    if (await writeCharterRequest(ctx, org, written, index)) counts.signatures += 1;
  }
  await ctx.tx.applicationReferenceCounter.createMany({ data: references.counters });
  const champions = await writeChampions(ctx);
  return { ...counts, champions };
}
