import { splitList } from "../../platform/text.js";
import { combinedResult, rulesFrom, scoresByTheme } from "../assessment/index.js";
import type { DecisionsDeps } from "./deps.js";
import { loadApplication, submittedReviews } from "./queries.js";
import { blockToDeciding } from "./rules.js";
import { draftFeedback, OUTCOME_WORDS } from "./views.js";

/** The decision panel on the lead's application page. */
export async function forLead(deps: DecisionsDeps, applicationId: string) {
  const application = await loadApplication(deps, applicationId);
  if (!application) return null;
  const rules = rulesFrom(await deps.settings.all());
  const latest = application.decisions[0] ?? null;
  const combined = Object.fromEntries(
    splitList(application.chosenThemes).map((theme) => [
      theme,
      combinedResult(
        submittedReviews(application).map((r) => scoresByTheme(r.scores)[theme]?.scores ?? {}),
        rules,
      ),
    ]),
  );
  return {
    applicationId,
    status: application.status,
    chosenThemes: splitList(application.chosenThemes),
    blocked: blockToDeciding(application),
    suggestedThemes: Object.entries(combined)
      .filter(([, r]) => r.recognised)
      .map(([theme]) => theme),
    draftFeedback: draftFeedback(application),
    secondAssessorNeeded: application.secondAssessorNeeded,
    latest: latest && {
      id: latest.id,
      outcome: latest.outcome,
      outcomeText: OUTCOME_WORDS[latest.outcome],
      recognisedThemes: splitList(latest.recognisedThemes),
      feedback: latest.feedback,
      decidedAt: latest.decidedAt,
      appealBy: latest.appealBy,
      appeal: latest.appeal,
    },
    award: application.award,
  };
}
