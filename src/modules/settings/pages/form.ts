import type { RequestHandler } from "express";
import type { z } from "zod";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import type { ProgrammeSettings, SettingKey } from "../service.js";
import type { Deps } from "./types.js";

/** One settings page: which setting it edits, its form's schema, and how each maps to the other. */
export interface SettingsForm<K extends SettingKey, S extends z.ZodType> {
  key: K;
  /** The template under views/admin/settings, and the word the settings page thanks for. */
  name: string;
  schema: S;
  /** The form's fields as they show the saved setting. */
  values: (saved: ProgrammeSettings[K]) => Record<string, unknown>;
  /** The setting to save from the checked answers and the setting as it stands. */
  toSetting: (answers: z.infer<S>, current: ProgrammeSettings[K]) => ProgrammeSettings[K];
  /** What else the template needs, such as its rows. */
  locals?: Record<string, unknown>;
}

/** A form whose fields are the setting's own, saved as they are checked. */
export function sameAsSetting<K extends SettingKey, S extends z.ZodType<ProgrammeSettings[K]>>(
  key: K,
  name: string,
  schema: S,
): SettingsForm<K, S> {
  return { key, name, schema, values: (saved) => saved as Record<string, unknown>, toSetting: (answers) => answers };
}

/**
 * The page's two handlers: the form with the saved values; and the save, which shows the answers
 * again beside their errors (400) or saves and goes back to the settings page.
 */
export function settingsForm<K extends SettingKey, S extends z.ZodType>(deps: Deps, form: SettingsForm<K, S>) {
  const view = `admin/settings/${form.name}`;
  const show: RequestHandler = async (_req, res) =>
    res.render(view, { ...form.locals, values: form.values(await deps.settings.get(form.key)) });
  const save: RequestHandler = async (req, res) => {
    const parsed = validate(form.schema, req.body);
    if (!parsed.ok) {
      return res.status(400).render(view, { ...form.locals, values: formValues(req.body), errors: parsed.errors });
    }
    const current = await deps.settings.get(form.key);
    await deps.settings.set(form.key, form.toSetting(parsed.data, current), signedInUser(req).id);
    res.redirect(303, `/admin/settings?saved=${form.name}`);
  };
  return { show, save };
}
