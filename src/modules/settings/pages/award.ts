import { CRITERIA } from "../../programme/index.js";
import type { z } from "zod";
import { awardSchema } from "../schemas.js";
import type { ProgrammeSettings } from "../service.js";
import { settingsForm } from "./form.js";
import type { Deps } from "./types.js";

type AwardSettings = ProgrammeSettings["award"];

function awardValues(award: AwardSettings): Record<string, unknown> {
  const { weights, applicationWindow: _window, ...rest } = award;
  return { ...rest, ...Object.fromEntries(Object.entries(weights).map(([k, v]) => [`weights-${k}`, v])) };
}

/** The form's answers over the current award settings; the application window is kept as it is. */
function awardFrom(d: z.infer<typeof awardSchema>, current: AwardSettings): AwardSettings {
  return {
    ...current,
    minimumThemes: d.minimumThemes,
    whatChangedWordLimit: d.whatChangedWordLimit,
    differenceWordLimit: d.differenceWordLimit,
    maxFilesPerTheme: d.maxFilesPerTheme,
    maxFileMegabytes: d.maxFileMegabytes,
    weights: {
      outcome: d["weights-outcome"],
      scale: d["weights-scale"],
      localBenefit: d["weights-localBenefit"],
      evidence: d["weights-evidence"],
      sustainability: d["weights-sustainability"],
    },
    recognitionThresholdPercent: d.recognitionThresholdPercent,
    borderlineLowPercent: d.borderlineLowPercent,
    borderlineHighPercent: d.borderlineHighPercent,
    validityYears: d.validityYears,
    decisionWorkingDays: d.decisionWorkingDays,
    appealWorkingDays: d.appealWorkingDays,
  };
}

/** The award's rules: limits, scoring weights and thresholds, validity and deadlines. */
export const awardForm = (deps: Deps) =>
  settingsForm(deps, {
    key: "award",
    name: "award",
    schema: awardSchema,
    values: awardValues,
    toSetting: awardFrom,
    locals: { criteria: CRITERIA },
  });
