import type { RequestHandler } from "express";
import type { z } from "zod";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { awardSchema } from "../schemas.js";
import type { ProgrammeSettings } from "../service.js";
import type { Deps } from "./types.js";

type AwardSettings = ProgrammeSettings["award"];

function awardValues(award: AwardSettings): Record<string, unknown> {
  const { weights, applicationWindow: _window, ...rest } = award;
  return { ...rest, ...Object.fromEntries(Object.entries(weights).map(([k, v]) => [`weights-${k}`, v])) };
}

/** The form's answers over the current award settings; the application window is kept as it is. */
function awardFrom(current: AwardSettings, d: z.infer<typeof awardSchema>): AwardSettings {
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
export function showAward(deps: Deps): RequestHandler {
  return async (_req, res) =>
    res.render("admin/settings/award", { values: awardValues(await deps.settings.get("award")) });
}

export function saveAward(deps: Deps): RequestHandler {
  return async (req, res) => {
    const parsed = validate(awardSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/settings/award", { values: formValues(req.body), errors: parsed.errors });
    const current = await deps.settings.get("award");
    await deps.settings.set("award", awardFrom(current, parsed.data), signedInUser(req).id);
    res.redirect(303, "/admin/settings?saved=award");
  };
}
