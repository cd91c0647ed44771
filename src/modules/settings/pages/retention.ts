import { retentionSchema } from "../schemas.js";
import { settingsForm } from "./form.js";
import type { Deps } from "./types.js";

/** How long personal data is kept: applied by the jobs and stated on the privacy notice. */
export const retentionForm = (deps: Deps) =>
  settingsForm(deps, {
    key: "retention",
    name: "retention",
    schema: retentionSchema,
    values: (saved) => saved,
    toSetting: (answers) => answers,
  });
