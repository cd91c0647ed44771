import { applicationWindowSchema } from "../schemas.js";
import type { ProgrammeSettings } from "../service.js";
import { settingsForm } from "./form.js";
import type { Deps } from "./types.js";

function windowValues({ opensOn, closesOn }: ProgrammeSettings["award"]["applicationWindow"]) {
  const parts = (prefix: string, iso: string | null) => {
    const [year = "", month = "", day = ""] = iso ? iso.split("-") : [];
    return {
      [`${prefix}-day`]: day.replace(/^0/, ""),
      [`${prefix}-month`]: month.replace(/^0/, ""),
      [`${prefix}-year`]: year,
    };
  };
  return { ...parts("opensOn", opensOn), ...parts("closesOn", closesOn) };
}

/** The application window: drafts are always allowed, submission only between these dates. */
export const windowForm = (deps: Deps) =>
  settingsForm(deps, {
    key: "award",
    name: "window",
    schema: applicationWindowSchema,
    values: (award) => windowValues(award.applicationWindow),
    toSetting: (answers, award) => ({ ...award, applicationWindow: answers }),
  });
