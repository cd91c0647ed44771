import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import type { Mailer } from "../../platform/mail.js";
import type {
  FileDeleter,
  FileDeletionReport,
  RetentionPlan,
  RetentionReport,
  RetentionService,
} from "../data-protection/index.js";

export const REVIEW_REMINDER_DAYS = 14;

const EXPIRY_STAGES = [
  { key: "6-months", months: 6, words: "six months" },
  { key: "1-month", months: 1, words: "one month" },
] as const;

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

export interface JobReport {
  expiredAwards: number;
  expiryReminders: number;
  reviewReminders: number;
  retention: RetentionReport;
  /** Files waiting since an erasure or a retention run, deleted from storage now (or still failing). */
  files: FileDeletionReport;
}

/**
 * The scheduled jobs: mark expired awards, remind organisations before their award expires and
 * assessors of reviews left open; apply the retention periods and delete the stored files left
 * waiting. Safe to run as often as anyone likes, on as many instances at once as there are: each
 * reminder is claimed by inserting its key into ReminderSent, and only the run whose insert
 * succeeds sends it.
 */
export function createJobs(deps: {
  prisma: Db;
  mailer: Mailer;
  logger: Logger;
  retention: RetentionService;
  files: FileDeleter;
}) {
  const { prisma } = deps;

  async function claim(key: string, now: Date): Promise<boolean> {
    try {
      await prisma.reminderSent.create({ data: { key, sentAt: now } });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") return false;
      throw error;
    }
  }

  /** Sends once per key; if sending fails the claim is let go, so the next run tries again. */
  async function once(key: string, now: Date, send: () => Promise<void>): Promise<boolean> {
    if (!(await claim(key, now))) return false;
    try {
      await send();
      return true;
    } catch (error) {
      await prisma.reminderSent.delete({ where: { key } }).catch(() => undefined);
      deps.logger.warn({ err: error, key }, "reminder not sent; it will be tried again on the next run");
      return false;
    }
  }

  async function memberEmails(organisationId: string): Promise<string[]> {
    const rows = await prisma.membership.findMany({
      where: { organisationId, user: { active: true } },
      select: { user: { select: { email: true } } },
    });
    return rows.map((r) => r.user.email);
  }

  async function markExpired(now: Date): Promise<number> {
    const due = await prisma.award.findMany({
      where: { status: "CURRENT", expiresAt: { lte: now } },
      select: { id: true, expiresAt: true },
    });
    let count = 0;
    for (const award of due) {
      const changed = await prisma.$transaction(async (tx) => {
        const result = await tx.award.updateMany({
          where: { id: award.id, status: "CURRENT" },
          data: { status: "EXPIRED" },
        });
        if (result.count === 0) return false;
        await recordAudit(tx, {
          actorId: null,
          action: "award.expire",
          subjectType: "Award",
          subjectId: award.id,
          before: { status: "CURRENT" },
          after: { status: "EXPIRED", expiresAt: award.expiresAt.toISOString() },
        });
        return true;
      });
      if (changed) count += 1;
    }
    return count;
  }

  async function expiryReminders(now: Date): Promise<number> {
    let sent = 0;
    for (const [index, stage] of EXPIRY_STAGES.entries()) {
      // Only the nearest stage: an award a fortnight from expiry gets the one-month reminder alone.
      const nearer = EXPIRY_STAGES[index + 1];
      const awards = await prisma.award.findMany({
        where: {
          status: "CURRENT",
          expiresAt: { gt: nearer ? addMonths(now, nearer.months) : now, lte: addMonths(now, stage.months) },
        },
        select: { id: true, organisationId: true, organisationName: true, expiresAt: true, applicationId: true },
      });
      for (const award of awards) {
        const went = await once(`award-expiry:${stage.key}:${award.id}`, now, async () => {
          const to = await memberEmails(award.organisationId);
          if (to.length === 0) return;
          await deps.mailer.send({
            to,
            subject: `Your Social Value Award expires in ${stage.words}`,
            template: "award-expiry-reminder",
            context: {
              organisationName: award.organisationName,
              expiresAt: award.expiresAt,
              words: stage.words,
              applicationId: award.applicationId,
            },
          });
        });
        if (went) sent += 1;
      }
    }
    return sent;
  }

  async function reviewReminders(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - REVIEW_REMINDER_DAYS * 24 * 60 * 60_000);
    const open = await prisma.assignment.findMany({
      where: {
        status: { in: ["AWAITING_DECLARATION", "ACTIVE"] },
        reviewStatus: { not: "SUBMITTED" },
        assignedAt: { lte: cutoff },
        application: { status: "IN_ASSESSMENT" },
        assessor: { active: true },
      },
      select: {
        id: true,
        assignedAt: true,
        assessor: { select: { email: true, fullName: true } },
        application: { select: { reference: true } },
      },
    });
    let sent = 0;
    for (const assignment of open) {
      const went = await once(`review-overdue:${assignment.id}`, now, () =>
        deps.mailer.send({
          to: assignment.assessor.email,
          subject: `Reminder: your review of ${assignment.application.reference ?? "an application"}`,
          template: "review-reminder",
          context: {
            name: assignment.assessor.fullName,
            reference: assignment.application.reference,
            assignedAt: assignment.assignedAt,
            days: REVIEW_REMINDER_DAYS,
            assignmentId: assignment.id,
          },
        }),
      );
      if (went) sent += 1;
    }
    return sent;
  }

  return {
    async run(now: Date = new Date()): Promise<JobReport> {
      const expiredAwards = await markExpired(now);
      const expiryRemindersSent = await expiryReminders(now);
      const reviewRemindersSent = await reviewReminders(now);
      const retention = await deps.retention.apply(now);
      const files = await deps.files.deletePending();
      const report = {
        expiredAwards,
        expiryReminders: expiryRemindersSent,
        reviewReminders: reviewRemindersSent,
        retention,
        files,
      };
      deps.logger.info(report, "scheduled jobs finished");
      return report;
    },

    /** What the retention periods would remove now; changes nothing and sends nothing. */
    dryRun(now: Date = new Date()): Promise<RetentionPlan> {
      return deps.retention.plan(now);
    },
  };
}

export type Jobs = ReturnType<typeof createJobs>;
