import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { listField } from "../../../platform/text.js";
import { formBody, textField } from "../../../platform/validation.js";
import type { SettingsService } from "../../settings/index.js";
import type { ApplicationsService } from "../service.js";
import { takeUnsavedAnswers } from "../unsaved.js";
import { options } from "./options.js";
import { afterSave, locked, versionOf, viewOr404, wantsToContinue } from "./saving.js";

type Deps = { applications: ApplicationsService; settings: SettingsService };

export function showThemes({ applications, settings }: Deps): RequestHandler {
  return async (req, res) => {
    const view = await viewOr404(applications, req);
    if (!view.editable) throw locked(view.id);
    const { award } = await settings.all();
    const unsaved = takeUnsavedAnswers(req);
    res.render("applications/themes", {
      application: view,
      values: { chosenThemes: unsaved ? listField(unsaved.chosenThemes) : view.chosenThemes },
      conflict: unsaved ? { theirs: view.chosenThemes } : undefined,
      version: view.themesVersion,
      minimum: award.minimumThemes,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  };
}

export function saveThemes({ applications, settings }: Deps): RequestHandler {
  return async (req, res) => {
    const chosen = listField(formBody(req.body).chosenThemes);
    const result = await applications.saveThemes(actorOf(req), String(req.params.id), chosen, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    const { award } = await settings.all();
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render("applications/themes", {
        application: { id: req.params.id },
        values: { chosenThemes: chosen },
        minimum: award.minimumThemes,
        from: textField(req.body, "from"),
        options,
        ...extra,
      });
    });
  };
}
