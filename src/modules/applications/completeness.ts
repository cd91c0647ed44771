import { joinList } from "../../platform/text.js";
import { validate } from "../../platform/validation.js";
import { THEMES } from "../programme/index.js";
import type { ProgrammeSettings } from "../settings/index.js";
import { declarationSchema, orgDetailsSchema, themeSectionSchema, themesSchema } from "./schemas.js";
import type { ApplicationView } from "./view.js";

export function themeLimits(settings: ProgrammeSettings, now: Date) {
  return {
    whatChangedWords: settings.award.whatChangedWordLimit,
    differenceWords: settings.award.differenceWordLimit,
    currentYear: now.getUTCFullYear(),
  };
}

/**
 * The sections still to finish, by name. A section counts only when it was completed and its
 * answers still pass today's rules, which the lead may have changed since.
 */
export function incompleteSections(view: ApplicationView, settings: ProgrammeSettings, now: Date): string[] {
  const missing: string[] = [];
  if (!validate(orgDetailsSchema, view.orgDetails).ok || view.orgDetailsStatus !== "COMPLETED") {
    missing.push("Organisation details");
  }
  const themesValid = validate(themesSchema(settings.award.minimumThemes), {
    chosenThemes: joinList(view.chosenThemes),
  }).ok;
  if (!themesValid || view.themesStatus !== "COMPLETED") missing.push("Choose themes");
  const schema = themeSectionSchema(themeLimits(settings, now));
  for (const theme of view.themes) {
    if (theme.status !== "COMPLETED" || !validate(schema, theme).ok) {
      missing.push(`${THEMES.find((t) => t.value === theme.theme)?.label ?? theme.theme} theme`);
    }
  }
  if (!validate(declarationSchema, view.declaration).ok || view.declarationStatus !== "COMPLETED") {
    missing.push("Declaration");
  }
  return missing;
}
