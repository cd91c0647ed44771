import type { Actor } from "../../platform/auth.js";
import { joinList } from "../../platform/text.js";
import { validate } from "../../platform/validation.js";
import { THEMES } from "../programme/index.js";
import type { ApplicationsDeps } from "./deps.js";
import { isEditable, loadForMember } from "./queries.js";
import type { SaveOptions, SaveOutcome } from "./save-sections.js";
import { themesSchema } from "./schemas.js";
import { EDITABLE_STATUSES, type ThemeValue } from "./types.js";
import { chosenThemesOf } from "./view.js";

export async function saveThemes(
  { prisma, settings: settingsService, now }: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  chosen: string[],
  options: SaveOptions,
): Promise<SaveOutcome<ThemeValue[]> | null> {
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  if (!isEditable(row.status)) return { outcome: "locked" };
  const settings = await settingsService.all();
  const known = THEMES.map((t) => t.value as string);
  const kept = known.filter((value) => chosen.includes(value));
  const unknown = chosen.filter((value) => !known.includes(value));
  const check = validate(themesSchema(settings.award.minimumThemes), { chosenThemes: joinList(chosen) });
  const errors = unknown.length > 0 ? { chosenThemes: "Select themes from the list" } : check.ok ? {} : check.errors;
  const valid = Object.keys(errors).length === 0;
  const completed = valid && options.complete === true;
  const saved = await prisma.$transaction(async (tx) => {
    const result = await tx.application.updateMany({
      where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, themesVersion: options.version },
      data: {
        chosenThemes: joinList(kept),
        themesStartedAt: row.themesStartedAt ?? now(),
        themesCompletedAt: completed ? now() : null,
        themesVersion: { increment: 1 },
      },
    });
    if (result.count === 0) return false;
    // A theme taken off keeps its answers, so choosing it again brings them back.
    for (const theme of kept) {
      await tx.applicationTheme.upsert({
        where: { applicationId_theme: { applicationId, theme: theme as ThemeValue } },
        create: { applicationId, theme: theme as ThemeValue },
        update: {},
      });
    }
    return true;
  });
  if (saved) return { outcome: "saved", completed, errors };
  const fresh = await loadForMember(prisma, actor.id, applicationId);
  if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
  return { outcome: "conflict", theirs: chosenThemesOf(fresh.chosenThemes), version: fresh.themesVersion };
}
