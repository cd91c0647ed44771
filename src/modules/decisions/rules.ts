import { splitList } from "../../platform/text.js";
import { submittedReviews, type LoadedApplication } from "./queries.js";
import type { DecisionInput } from "./schemas.js";

/** Why the lead cannot decide now, or null when they can. */
export function blockToDeciding(application: LoadedApplication): string | null {
  if (application.status !== "IN_ASSESSMENT") {
    return "Only an application in assessment can be decided.";
  }
  if (submittedReviews(application).length === 0) {
    return "At least one assessor must submit a review before a decision can be made.";
  }
  return null;
}

/**
 * The themes the decision recognises, and what in the lead's answers does not fit the
 * application: themes it did not apply under, an award without a theme or a theme without one.
 */
export function checkDecision(
  application: LoadedApplication,
  input: DecisionInput,
): { recognised: string[]; errors: Record<string, string> } {
  const chosen = splitList(application.chosenThemes);
  const recognised = chosen.filter((t) => input.recognisedThemes.includes(t));
  const errors: Record<string, string> = {};
  if (input.recognisedThemes.some((t) => !chosen.includes(t))) {
    errors.recognisedThemes = "Select only themes the organisation applied under";
  } else if (input.outcome === "AWARDED" && recognised.length === 0) {
    errors.recognisedThemes = "Select at least one recognised theme to grant the award";
  } else if (input.outcome === "NOT_AWARDED" && recognised.length > 0) {
    errors.recognisedThemes = "The award is granted when a theme is recognised: choose Awarded, or recognise no theme";
  }
  const previous = application.decisions[0];
  if (input.outcome === "REVISIONS_REQUESTED" && previous?.appeal?.outcome === "UPHELD") {
    errors.outcome = "After an upheld appeal the decision must be Awarded or Not awarded";
  }
  return { recognised, errors };
}
