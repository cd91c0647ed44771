// Applications past their period keep their rows and statistical fields and lose their answers,
// evidence, names and written reasons: the same anonymisation as an organisation's erasure.
import { recordAudit } from "../../../platform/audit.js";
import { scrubAuditLog } from "../audit-scrub.js";
import type { RetentionDeps } from "./deps.js";
import { anonymiseApplications } from "../erasure/applications.js";
import { queueFileDeletions } from "../file-deletions.js";
import { RETENTION_TRANSACTION, type Cutoffs, type DueApplication } from "./periods.js";

type Decided = {
  decidedAt: Date;
  appeal: { outcome: string | null; decidedAt: Date | null } | null;
};

/** When a Not awarded application's period starts, or null while an appeal is open. */
function notAwardedEnd(latest: Decided): Date | null {
  // An appeal still open keeps the application; a decided appeal restarts the period.
  if (latest.appeal && !latest.appeal.outcome) return null;
  return latest.appeal?.decidedAt && latest.appeal.decidedAt > latest.decidedAt
    ? latest.appeal.decidedAt
    : latest.decidedAt;
}

/** Applications whose period has ended, the longest ended first. */
export async function dueApplications(deps: Pick<RetentionDeps, "prisma">, cut: Cutoffs): Promise<DueApplication[]> {
  const { prisma } = deps;
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
        status: { in: ["AWARDED", "REVOKED"] },
        anonymisedAt: null,
        award: { OR: [{ expiresAt: { lte: cut.awarded } }, { revokedAt: { lte: cut.awarded } }] },
      },
      select: { id: true, reference: true, award: { select: { expiresAt: true, revokedAt: true } } },
    }),
  ]);
  const due: DueApplication[] = [];
  for (const a of notAwarded) {
    const latest = a.decisions[0];
    const endedAt = latest ? notAwardedEnd(latest) : null;
    if (endedAt && endedAt <= cut.unsuccessful)
      due.push({ id: a.id, reference: a.reference, rule: "not-awarded", endedAt });
  }
  for (const a of withdrawn) {
    if (a.withdrawnAt) due.push({ id: a.id, reference: a.reference, rule: "withdrawn", endedAt: a.withdrawnAt });
  }
  for (const a of awarded) {
    if (!a.award) continue;
    const endedAt = a.award.revokedAt && a.award.revokedAt < a.award.expiresAt ? a.award.revokedAt : a.award.expiresAt;
    if (endedAt <= cut.awarded) due.push({ id: a.id, reference: a.reference, rule: "awarded", endedAt });
  }
  return due.sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime() || a.id.localeCompare(b.id));
}

/** Anonymises one application; null when another run got to it first. Returns the evidence's keys. */
export async function anonymiseApplication(
  deps: Pick<RetentionDeps, "prisma">,
  item: DueApplication,
  now: Date,
): Promise<string[] | null> {
  return deps.prisma.$transaction(async (tx) => {
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
    await recordAudit(tx, null, "application.anonymise", ["Application", item.id], {
      after: {
        reason: "retention",
        rule: item.rule,
        reference: item.reference,
        endedAt: item.endedAt.toISOString(),
        evidenceFiles: keys.length,
      },
    });
    return keys;
  }, RETENTION_TRANSACTION);
}
