import { contactSchema } from "../schemas.js";
import { sameAsSetting, settingsForm } from "./form.js";
import type { Deps } from "./types.js";

/** The programme's contact, as the public pages name them. */
export const contactForm = (deps: Deps) => settingsForm(deps, sameAsSetting("contact", "contact", contactSchema));
