import { splitList } from "../../platform/text.js";
import { onOrBefore } from "../../platform/working-days.js";
import { rulesFrom } from "../assessment/index.js";
import type { DecisionsDeps } from "./deps.js";
import { isMember, loadApplication } from "./queries.js";
import { OUTCOME_WORDS, publishedScores } from "./views.js";

function awardState(award: { status: string; expiresAt: Date }, at: Date) {
  if (award.status === "REVOKED") return "REVOKED";
  return award.expiresAt <= at ? "EXPIRED" : "CURRENT";
}

/** What the organisation sees of the decision: never assessors' names; scores only if published. */
export async function forApplicant(deps: DecisionsDeps, userId: string, applicationId: string) {
  if (!(await isMember(deps, userId, applicationId))) return null;
  const application = await loadApplication(deps, applicationId);
  if (!application) return null;
  const latest = application.decisions[0];
  if (!latest) return null;
  const rules = rulesFrom(await deps.settings.all());
  const at = deps.now();
  const award = application.award;
  return {
    outcome: latest.outcome,
    outcomeText: OUTCOME_WORDS[latest.outcome],
    decidedAt: latest.decidedAt,
    recognisedThemes: splitList(latest.recognisedThemes),
    feedback: latest.feedback,
    appealBy: latest.appealBy,
    canAppeal:
      latest.outcome === "NOT_AWARDED" && !latest.appeal && latest.appealBy !== null && onOrBefore(at, latest.appealBy),
    appeal: latest.appeal && {
      submittedAt: latest.appeal.submittedAt,
      reason: latest.appeal.reason,
      outcome: latest.appeal.outcome,
      outcomeNotes: latest.appeal.outcomeNotes,
      decidedAt: latest.appeal.decidedAt,
    },
    scores: latest.scoresPublished ? publishedScores(application, rules) : null,
    award: award && {
      id: award.id,
      state: awardState(award, at),
      awardedAt: award.awardedAt,
      expiresAt: award.expiresAt,
      revocationReason: award.revocationReason,
      listedOnRegister: award.listedOnRegister,
    },
  };
}
