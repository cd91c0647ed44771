import type { Actor } from "../../platform/auth.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { applicantContext, startingPoint } from "./applicant.js";
import { saveThemes } from "./choose-themes.js";
import type { ApplicationsDeps } from "./deps.js";
import { reapply } from "./reapply.js";
import { progress, readiness, view } from "./progress.js";
import { saveTheme, saveThemeWithEvidence } from "./save-theme.js";
import { saveDeclaration, saveOrgDetails, type SaveOptions } from "./save-sections.js";
import { checkEligibility, start } from "./start.js";
import { submit } from "./submit.js";
import type { ThemeValue } from "./types.js";
import type { Declaration, OrgDetails, ThemeAnswers } from "./view.js";
import { withdraw } from "./withdraw.js";

export type { SaveOutcome } from "./save-sections.js";
export type { Ineligibility, StartOutcome } from "./start.js";
export type { SubmitOutcome } from "./submit.js";
export { windowState } from "./window.js";

export function createApplicationsService(deps: ApplicationsDeps) {
  return {
    checkEligibility: (input: unknown) => checkEligibility(input),
    applicantContext: (userId: string) => applicantContext(deps, userId),
    startingPoint: (userId: string) => startingPoint(deps, userId),
    start: (actor: Actor, eligibilityAnswers: unknown) => start(deps, actor, eligibilityAnswers),
    view: (userId: string, applicationId: string) => view(deps, userId, applicationId),
    saveOrgDetails: (actor: Actor, applicationId: string, answers: OrgDetails, saving: SaveOptions) =>
      saveOrgDetails(deps, actor, applicationId, answers, saving),
    saveThemes: (actor: Actor, applicationId: string, chosen: string[], saving: SaveOptions) =>
      saveThemes(deps, actor, applicationId, chosen, saving),
    saveTheme: (actor: Actor, applicationId: string, theme: ThemeValue, answers: ThemeAnswers, saving: SaveOptions) =>
      saveTheme(deps, actor, applicationId, theme, answers, saving),
    saveThemeWithEvidence: (
      actor: Actor,
      applicationId: string,
      theme: ThemeValue,
      answers: ThemeAnswers,
      upload: { file: UploadedFile | undefined; description: string },
      saving: SaveOptions,
    ) => saveThemeWithEvidence(deps, actor, applicationId, theme, answers, upload, saving),
    saveDeclaration: (actor: Actor, applicationId: string, answers: Declaration, saving: SaveOptions) =>
      saveDeclaration(deps, actor, applicationId, answers, saving),
    readiness: (userId: string, applicationId: string) => readiness(deps, userId, applicationId),
    progress: (userId: string, applicationId: string) => progress(deps, userId, applicationId),
    submit: (actor: Actor, applicationId: string) => submit(deps, actor, applicationId),
    withdraw: (actor: Actor, applicationId: string, reason: string) => withdraw(deps, actor, applicationId, reason),
    reapply: (actor: Actor, previousId: string) => reapply(deps, actor, previousId),
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
