import type { JobsDeps } from "./deps.js";
import { once } from "./once.js";

export const REVIEW_REMINDER_DAYS = 14;

/** Reminds assessors, once each, of a review still open a fortnight after it was assigned. */
export async function reviewReminders(deps: JobsDeps, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - REVIEW_REMINDER_DAYS * 24 * 60 * 60_000);
  const open = await deps.prisma.assignment.findMany({
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
    const went = await once(deps, `review-overdue:${assignment.id}`, now, () =>
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
