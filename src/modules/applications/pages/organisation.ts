import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { textField } from "../../../platform/validation.js";
import { readOrgDetails } from "../forms.js";
import type { ApplicationsService } from "../service.js";
import { takeUnsavedAnswers } from "../unsaved.js";
import { options } from "./options.js";
import { afterSave, locked, versionOf, viewOr404, wantsToContinue } from "./saving.js";

type Deps = { applications: ApplicationsService };

export function showOrganisation({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const view = await viewOr404(applications, req);
    if (!view.editable) throw locked(view.id);
    const unsaved = takeUnsavedAnswers(req);
    res.render("applications/organisation", {
      application: view,
      values: unsaved ? readOrgDetails(unsaved) : view.orgDetails,
      conflict: unsaved ? { theirs: view.orgDetails } : undefined,
      version: view.orgDetailsVersion,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  };
}

export function saveOrganisation({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const values = readOrgDetails(req.body);
    const result = await applications.saveOrgDetails(actorOf(req), String(req.params.id), values, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render("applications/organisation", {
        application: { id: req.params.id },
        values,
        from: textField(req.body, "from"),
        options,
        ...extra,
      });
    });
  };
}
