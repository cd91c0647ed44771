import { memberEmails } from "../../platform/recipients.js";
import type { JobsDeps } from "./deps.js";
import { once } from "./once.js";

const EXPIRY_STAGES = [
  { key: "6-months", months: 6, words: "six months" },
  { key: "1-month", months: 1, words: "one month" },
] as const;

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/** Reminds an award holder's members six months and one month before the award expires. */
export async function expiryReminders(deps: JobsDeps, now: Date): Promise<number> {
  let sent = 0;
  for (const [index, stage] of EXPIRY_STAGES.entries()) {
    // Only the nearest stage: an award a fortnight from expiry gets the one-month reminder alone.
    const nearer = EXPIRY_STAGES[index + 1];
    const awards = await deps.prisma.award.findMany({
      where: {
        status: "CURRENT",
        expiresAt: { gt: nearer ? addMonths(now, nearer.months) : now, lte: addMonths(now, stage.months) },
      },
      select: { id: true, organisationId: true, organisationName: true, expiresAt: true, applicationId: true },
    });
    for (const award of awards) {
      const went = await once(deps, `award-expiry:${stage.key}:${award.id}`, now, async () => {
        const to = await memberEmails(deps.prisma, award.organisationId);
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
