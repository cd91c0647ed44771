import type { Actor } from "../../platform/auth.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { validate, type FieldErrors } from "../../platform/validation.js";
import { themeLimits } from "./completeness.js";
import type { ApplicationsDeps } from "./deps.js";
import { isEditable, loadForMember } from "./queries.js";
import type { SaveOptions, SaveOutcome } from "./save-sections.js";
import { themeSectionSchema } from "./schemas.js";
import { EDITABLE_STATUSES, type ThemeValue } from "./types.js";
import { chosenThemesOf, THEME_FIELDS, type ThemeAnswers } from "./view.js";

export type ThemeSaveOutcome =
  | Exclude<SaveOutcome<ThemeAnswers>, { outcome: "saved" }>
  | {
      outcome: "saved";
      completed: boolean;
      errors: FieldErrors;
      /** The file sent with the answers, if any: kept, or refused with the reasons. */
      evidence: { uploaded: boolean; errors: FieldErrors };
    };

export async function saveTheme(
  { prisma, settings: settingsService, now }: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  theme: ThemeValue,
  answers: ThemeAnswers,
  options: SaveOptions,
): Promise<SaveOutcome<ThemeAnswers> | null> {
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row || !chosenThemesOf(row.chosenThemes).includes(theme)) return null;
  if (!isEditable(row.status)) return { outcome: "locked" };
  const settings = await settingsService.all();
  const check = validate(themeSectionSchema(themeLimits(settings, now())), answers);
  const existing = row.themes.find((t) => t.theme === theme);
  const kept = options.complete === "keep" ? (existing?.completedAt ?? null) : null;
  const completed = check.ok && (options.complete === true || kept !== null);
  const saved = await prisma.$transaction(async (tx) => {
    // Touching the application first takes its row lock, so a submission cannot slip in
    // between this check and the save.
    const open = await tx.application.updateMany({
      where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
      data: { updatedAt: now() },
    });
    if (open.count === 0) return "locked" as const;
    const result = await tx.applicationTheme.updateMany({
      where: { applicationId, theme, version: options.version },
      data: {
        ...answers,
        startedAt: existing?.startedAt ?? now(),
        completedAt: completed ? (kept ?? now()) : null,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    return result.count === 1 ? ("saved" as const) : ("conflict" as const);
  });
  if (saved === "saved") return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
  if (saved === "locked") return { outcome: "locked" };
  const fresh = await loadForMember(prisma, actor.id, applicationId);
  const theirs = fresh?.themes.find((t) => t.theme === theme);
  if (!fresh || !theirs) return { outcome: "locked" };
  const picked = Object.fromEntries(THEME_FIELDS.map((f) => [f, theirs[f]])) as unknown as ThemeAnswers;
  return { outcome: "conflict", theirs: picked, version: theirs.version };
}

/**
 * Saves a theme's answers and then keeps the file sent with them. A conflict or a submitted
 * application stops before the file; once the answers are saved, the file is kept whatever
 * their validation said.
 */
export async function saveThemeWithEvidence(
  deps: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  theme: ThemeValue,
  answers: ThemeAnswers,
  upload: { file: UploadedFile | undefined; description: string },
  options: SaveOptions,
): Promise<ThemeSaveOutcome | null> {
  const result = await saveTheme(deps, actor, applicationId, theme, answers, options);
  if (!result || result.outcome !== "saved") return result;
  if (!upload.file) return { ...result, evidence: { uploaded: false, errors: {} } };
  const added = await deps.evidence.add(actor, applicationId, theme, upload.file, upload.description);
  if (!added) return null;
  if (added.outcome === "locked") return added;
  const evidence =
    added.outcome === "invalid" ? { uploaded: false, errors: added.errors } : { uploaded: true, errors: {} };
  return { ...result, evidence };
}
