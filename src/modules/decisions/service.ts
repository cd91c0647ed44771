import type { Actor } from "../../platform/auth.js";
import { addBankHoliday, bankHolidays } from "./add-bank-holiday.js";
import { appeal } from "./appeal.js";
import { decideAppeal } from "./appeal-outcome.js";
import { forApplicant } from "./applicant-view.js";
import { decide } from "./decide.js";
import type { DecisionsDeps } from "./deps.js";
import { forLead } from "./lead-panel.js";
import { holidays } from "./queries.js";
import type { AppealOutcomeInput, DecisionInput } from "./schemas.js";

export { addYears, newCertificateCode } from "./awarding.js";
export type { Refused } from "./deps.js";

export function createDecisionsService(deps: DecisionsDeps) {
  return {
    holidays: () => holidays(deps),
    forLead: (applicationId: string) => forLead(deps, applicationId),
    decide: (actor: Actor, applicationId: string, input: DecisionInput) => decide(deps, actor, applicationId, input),
    forApplicant: (userId: string, applicationId: string) => forApplicant(deps, userId, applicationId),
    appeal: (actor: Actor, applicationId: string, reason: string) => appeal(deps, actor, applicationId, reason),
    decideAppeal: (actor: Actor, applicationId: string, input: AppealOutcomeInput) =>
      decideAppeal(deps, actor, applicationId, input),
    bankHolidays: () => bankHolidays(deps),
    addBankHoliday: (actor: Actor, date: string) => addBankHoliday(deps, actor, date),
  };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
