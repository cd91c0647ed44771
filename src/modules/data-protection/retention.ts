import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { ProgrammeSettings, SettingsService } from "../settings/index.js";
import { scrubAuditLog } from "./audit-scrub.js";
import { anonymiseApplications, type ErasureService } from "./erasure.js";
import { queueFileDeletions, type FileDeleter } from "./file-deletions.js";

export type RetentionSettings = ProgrammeSettings["retention"];

const DAY = 24 * 60 * 60_000;
const TRANSACTION = { isolationLevel: "Serializable" as const, timeout: 60_000, maxWait: 15_000 };

export function yearsBefore(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() - years);
  return result;
}

export type ApplicationRule = "not-awarded" | "withdrawn" | "awarded";

export interface DueApplication {
  id: string;
  reference: string | null;
  rule: ApplicationRule;
  /** The decision, withdrawal or end of the award that the period counts from. */
  endedAt: Date;
}

export interface DueAccount {
  id: string;
  createdAt: Date;
  /** Organisations only this account belonged to, with draft applications at most: deleted with it. */
  organisationsDeleted: number;
}

export interface RetentionPlan {
  asOf: Date;
  periods: RetentionSettings;
  cutoffs: { unsuccessful: Date; awarded: Date; unverified: Date; audit: Date };
  applications: DueApplication[];
  accounts: DueAccount[];
  auditEntries: number;
  filesWaiting: number;
}

export interface RetentionReport {
  applicationsAnonymised: number;
  accountsErased: number;
  organisationsDeleted: number;
  auditEntriesDeleted: number;
}

/**
 * The retention periods, applied by the jobs. Applications past their period keep their rows and
 * statistical fields and lose their answers, evidence, names and written reasons (the same
 * anonymisation as an organisation's erasure); unconfirmed accounts are erased; old audit entries
 * are deleted. `plan` says what `apply` would do, changing nothing.
 */
export function createRetentionService(deps: {
  prisma: Db;
  settings: SettingsService;
  erasure: ErasureService;
  files: FileDeleter;
  logger: Logger;
}) {
  const { prisma } = deps;

  function cutoffs(now: Date, periods: RetentionSettings) {
    return {
      unsuccessful: yearsBefore(now, periods.unsuccessfulApplicationYears),
      awarded: yearsBefore(now, periods.awardedApplicationYearsAfterExpiry),
      unverified: new Date(now.getTime() - periods.unverifiedAccountDays * DAY),
      audit: yearsBefore(now, periods.auditYears),
    };
  }

  async function dueApplications(cut: ReturnType<typeof cutoffs>): Promise<DueApplication[]> {
    const [notAwarded, withdrawn, awarded] = await Promise.all([
      prisma.application.findMany({
        where: {
          status: "NOT_AWARDED",
          anonymisedAt: null,
          decisions: { some: { decidedAt: { lte: cut.unsuccessful } } },
        },
        select: {
          id: true,
          reference: true,
          decisions: {
            orderBy: { decidedAt: "desc" },
            take: 1,
            select: { decidedAt: true, appeal: { select: { submittedAt: true, outcome: true, decidedAt: true } } },
          },
        },
      }),
      prisma.application.findMany({
        where: { status: "WITHDRAWN", anonymisedAt: null, withdrawnAt: { lte: cut.unsuccessful } },
        select: { id: true, reference: true, withdrawnAt: true },
      }),
      prisma.application.findMany({
        where: {
          status: "AWARDED",
          anonymisedAt: null,
          award: { OR: [{ expiresAt: { lte: cut.awarded } }, { revokedAt: { lte: cut.awarded } }] },
        },
        select: { id: true, reference: true, award: { select: { expiresAt: true, revokedAt: true } } },
      }),
    ]);
    const due: DueApplication[] = [];
    for (const a of notAwarded) {
      const latest = a.decisions[0];
      if (!latest) continue;
      // An appeal still open keeps the application; a decided appeal restarts the period.
      if (latest.appeal && !latest.appeal.outcome) continue;
      const endedAt =
        latest.appeal?.decidedAt && latest.appeal.decidedAt > latest.decidedAt
          ? latest.appeal.decidedAt
          : latest.decidedAt;
      if (endedAt <= cut.unsuccessful) due.push({ id: a.id, reference: a.reference, rule: "not-awarded", endedAt });
    }
    for (const a of withdrawn) {
      if (a.withdrawnAt) due.push({ id: a.id, reference: a.reference, rule: "withdrawn", endedAt: a.withdrawnAt });
    }
    for (const a of awarded) {
      if (!a.award) continue;
      const endedAt =
        a.award.revokedAt && a.award.revokedAt < a.award.expiresAt ? a.award.revokedAt : a.award.expiresAt;
      if (endedAt <= cut.awarded) due.push({ id: a.id, reference: a.reference, rule: "awarded", endedAt });
    }
    return due.sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime() || a.id.localeCompare(b.id));
  }

  /** Unconfirmed accounts past the period that can go: not the last lead, not owning an organisation others use. */
  async function dueAccounts(cut: ReturnType<typeof cutoffs>): Promise<(DueAccount & { organisationIds: string[] })[]> {
    const users = await prisma.user.findMany({
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

  async function plan(now: Date): Promise<RetentionPlan> {
    const periods = await deps.settings.get("retention");
    const cut = cutoffs(now, periods);
    const [applications, accounts, auditEntries, filesWaiting] = await Promise.all([
      dueApplications(cut),
      dueAccounts(cut),
      prisma.auditEvent.count({ where: { occurredAt: { lte: cut.audit } } }),
      deps.files.pendingCount(),
    ]);
    return {
      asOf: now,
      periods,
      cutoffs: cut,
      applications,
      accounts: accounts.map(({ organisationIds: _ids, ...account }) => account),
      auditEntries,
      filesWaiting,
    };
  }

  async function anonymiseOne(item: DueApplication, now: Date): Promise<string[] | null> {
    return prisma.$transaction(async (tx) => {
      // Claimed first, so that two instances running the jobs at once do the work once.
      const claimed = await tx.application.updateMany({
        where: { id: item.id, anonymisedAt: null },
        data: { anonymisedAt: now },
      });
      if (claimed.count === 0) return null;
      const award = await tx.award.findUnique({ where: { applicationId: item.id }, select: { id: true } });
      const keys = await anonymiseApplications(tx, [item.id], { now });
      await scrubAuditLog(tx, {
        subjects: [
          { subjectType: "Application", ids: [item.id] },
          ...(award ? [{ subjectType: "Award", ids: [award.id] }] : []),
        ],
        everywhere: [],
      });
      await queueFileDeletions(tx, keys, now);
      await recordAudit(tx, {
        actorId: null,
        action: "application.anonymise",
        subjectType: "Application",
        subjectId: item.id,
        after: {
          reason: "retention",
          rule: item.rule,
          reference: item.reference,
          endedAt: item.endedAt.toISOString(),
          evidenceFiles: keys.length,
        },
      });
      return keys;
    }, TRANSACTION);
  }

  async function eraseAccount(account: DueAccount & { organisationIds: string[] }, cut: Date, now: Date) {
    return prisma
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
      }, TRANSACTION)
      .catch((error: unknown) => {
        if (error instanceof Skip) return null;
        throw error;
      });
  }

  return {
    plan,

    async apply(now: Date): Promise<RetentionReport> {
      const periods = await deps.settings.get("retention");
      const cut = cutoffs(now, periods);
      const report: RetentionReport = {
        applicationsAnonymised: 0,
        accountsErased: 0,
        organisationsDeleted: 0,
        auditEntriesDeleted: 0,
      };

      for (const item of await dueApplications(cut)) {
        const keys = await anonymiseOne(item, now);
        if (!keys) continue;
        report.applicationsAnonymised += 1;
        await deps.files.deleteNow(keys);
      }
      for (const account of await dueAccounts(cut)) {
        const done = await eraseAccount(account, cut.unverified, now);
        if (!done) continue;
        report.accountsErased += 1;
        report.organisationsDeleted += done.organisations;
        await deps.files.deleteNow(done.keys);
      }
      report.auditEntriesDeleted = await prisma.$transaction(async (tx) => {
        const deleted = await tx.auditEvent.deleteMany({ where: { occurredAt: { lte: cut.audit } } });
        if (deleted.count > 0) {
          await recordAudit(tx, {
            actorId: null,
            action: "audit.prune",
            subjectType: "AuditEvent",
            after: { reason: "retention", deleted: deleted.count, olderThan: cut.audit.toISOString() },
          });
        }
        return deleted.count;
      });
      deps.logger.info(report, "retention periods applied");
      return report;
    },
  };
}

/** Thrown inside a transaction to roll it back when an account turns out not to be erasable now. */
class Skip extends Error {}

export type RetentionService = ReturnType<typeof createRetentionService>;
