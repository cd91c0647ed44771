import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { textField } from "../../../platform/validation.js";
import { readDeclaration } from "../forms.js";
import type { ApplicationsService } from "../service.js";
import { takeUnsavedAnswers } from "../unsaved.js";
import { afterSave, locked, versionOf, viewOr404, wantsToContinue } from "./saving.js";

type Deps = { applications: ApplicationsService };

export function showDeclaration({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const view = await viewOr404(applications, req);
    if (!view.editable) throw locked(view.id);
    const unsaved = takeUnsavedAnswers(req);
    res.render("applications/declaration", {
      application: view,
      values: unsaved ? readDeclaration(unsaved) : view.declaration,
      conflict: unsaved ? { theirs: view.declaration } : undefined,
      version: view.declarationVersion,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  };
}

export function saveDeclaration({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const values = readDeclaration(req.body);
    const result = await applications.saveDeclaration(actorOf(req), String(req.params.id), values, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render("applications/declaration", {
        application: { id: req.params.id },
        values,
        from: textField(req.body, "from"),
        ...extra,
      });
    });
  };
}
