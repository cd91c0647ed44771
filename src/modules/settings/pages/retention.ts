import { retentionSchema } from "../schemas.js";
import { sameAsSetting, settingsForm } from "./form.js";
import type { Deps } from "./types.js";

/** How long personal data is kept: applied by the jobs and stated on the privacy notice. */
export const retentionForm = (deps: Deps) =>
  settingsForm(deps, sameAsSetting("retention", "retention", retentionSchema));
