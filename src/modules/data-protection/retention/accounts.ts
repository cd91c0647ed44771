// Accounts never confirmed are erased once their period ends, with any organisation only they
// belonged to that has drafts at most.
import type { RetentionDeps } from "./deps.js";
import { RETENTION_TRANSACTION, type Cutoffs, type DueAccount } from "./periods.js";

export type DueAccountWithOrganisations = DueAccount & { organisationIds: string[] };

/** Unconfirmed accounts past the period that can go: not the last lead, not owning an organisation others use. */
export async function dueAccounts(
  deps: Pick<RetentionDeps, "prisma" | "erasure">,
  cut: Cutoffs,
): Promise<DueAccountWithOrganisations[]> {
  const users = await deps.prisma.user.findMany({
    where: { emailVerifiedAt: null, erasedAt: null, createdAt: { lte: cut.unverified } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      active: true,
      erasedAt: true,
      createdAt: true,
      memberships: {
        where: { isOwner: true },
        select: {
          organisationId: true,
          organisation: {
            select: {
              _count: { select: { members: true } },
              applications: { where: { submittedAt: { not: null } }, select: { id: true }, take: 1 },
            },
          },
        },
      },
    },
  });
  const due = [];
  for (const user of users) {
    const owned = user.memberships;
    // An organisation that someone else belongs to, or that has applied, needs a new owner first.
    if (owned.some((m) => m.organisation._count.members > 1 || m.organisation.applications.length > 0)) continue;
    const refusal = await deps.erasure.userRefusal(user, null);
    if (refusal && refusal.kind !== "owner") continue;
    const organisationIds = owned.map((m) => m.organisationId);
    due.push({
      id: user.id,
      createdAt: user.createdAt,
      organisationsDeleted: organisationIds.length,
      organisationIds,
    });
  }
  return due;
}

/** Thrown inside a transaction to roll it back when an account turns out not to be erasable now. */
class Skip extends Error {}

/**
 * Erases one unconfirmed account and the organisations only it had; null when it cannot go now
 * (confirmed since, or its organisation has changed), in which case nothing changes.
 */
export async function eraseUnconfirmedAccount(
  deps: Pick<RetentionDeps, "prisma" | "erasure">,
  account: DueAccountWithOrganisations,
  cut: Date,
  now: Date,
): Promise<{ keys: string[]; organisations: number } | null> {
  return deps.prisma
    .$transaction(async (tx) => {
      // Still unconfirmed and past the period (the person may have confirmed since the plan).
      const still = await tx.user.count({
        where: { id: account.id, emailVerifiedAt: null, erasedAt: null, createdAt: { lte: cut } },
      });
      if (still === 0) return null;
      const keys: string[] = [];
      for (const organisationId of account.organisationIds) {
        const members = await tx.membership.count({ where: { organisationId } });
        const submitted = await tx.application.count({ where: { organisationId, submittedAt: { not: null } } });
        if (members !== 1 || submitted > 0) throw new Skip();
        keys.push(
          ...(await deps.erasure.deleteOrganisationInTx(tx, organisationId, {
            actorId: null,
            now,
            reason: "retention",
          })),
        );
      }
      const erased = await deps.erasure.eraseUserInTx(tx, account.id, { actorId: null, now, reason: "retention" });
      if (!erased.ok) throw new Skip();
      return { keys, organisations: account.organisationIds.length };
    }, RETENTION_TRANSACTION)
    .catch((error: unknown) => {
      if (error instanceof Skip) return null;
      throw error;
    });
}
