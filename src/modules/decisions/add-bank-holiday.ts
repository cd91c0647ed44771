import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import { addWorkingDays, isWorkingDay, ukDate } from "../../platform/working-days.js";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.js";
import type { DecisionsDeps } from "./deps.js";
import { holidays } from "./queries.js";

/** The bank holidays the portal ships with, and those the lead added. */
export async function bankHolidays(deps: DecisionsDeps) {
  const extra = await deps.settings.get("extraBankHolidays");
  return { shipped: ENGLAND_AND_WALES_BANK_HOLIDAYS, extra };
}

/**
 * Adds a bank holiday. A deadline to appeal that has not yet passed and would have counted
 * that day as a working day moves one working day later, as if the holiday had been known
 * when the decision was made. Returns how many deadlines moved.
 */
export async function addBankHoliday(deps: DecisionsDeps, actor: Actor, date: string): Promise<number> {
  const extra = await deps.settings.get("extraBankHolidays");
  if (extra.includes(date) || ENGLAND_AND_WALES_BANK_HOLIDAYS.includes(date)) return 0;
  const before = await holidays(deps);
  await deps.settings.set("extraBankHolidays", [...extra, date].sort(), actor.id);
  if (!isWorkingDay(date, before)) return 0;
  const after = await holidays(deps);
  const open = await deps.prisma.decision.findMany({
    where: { outcome: "NOT_AWARDED", appealBy: { gte: date }, appeal: { is: null } },
    select: { id: true, applicationId: true, decidedAt: true, appealBy: true },
  });
  let moved = 0;
  for (const decision of open) {
    if (!decision.appealBy || ukDate(decision.decidedAt) >= date) continue;
    const appealBy = addWorkingDays(decision.appealBy, 1, after);
    await deps.prisma.$transaction(async (tx) => {
      const changed = await tx.decision.updateMany({
        where: { id: decision.id, appealBy: decision.appealBy },
        data: { appealBy },
      });
      if (changed.count === 0) return;
      moved += 1;
      await recordAudit(tx, actor.id, "decision.appeal-deadline.move", ["Application", decision.applicationId], {
        before: { appealBy: decision.appealBy },
        after: { appealBy, bankHoliday: date },
      });
    });
  }
  return moved;
}
