import { contactSchema } from "../schemas.js";
import { settingsForm } from "./form.js";
import type { Deps } from "./types.js";

/** The programme's contact, as the public pages name them. */
export const contactForm = (deps: Deps) =>
  settingsForm(deps, {
    key: "contact",
    name: "contact",
    schema: contactSchema,
    values: (saved) => saved,
    toSetting: (answers) => answers,
  });
