import type { Request, RequestHandler, Response } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { describeKinds } from "../../../platform/file-checks.js";
import type { UploadedFile } from "../../../platform/multipart.js";
import { normaliseShortText } from "../../../platform/text.js";
import { type FieldErrors, formBody, textField } from "../../../platform/validation.js";
import type { SettingsService } from "../../settings/index.js";
import { EVIDENCE_DESCRIPTION_FIELD, EVIDENCE_FIELD, EVIDENCE_KINDS } from "../evidence/files.js";
import { readThemeAnswers } from "../forms.js";
import type { ApplicationsService } from "../service.js";
import type { ThemeValue } from "../types.js";
import { takeUnsavedAnswers } from "../unsaved.js";
import type { ThemeAnswers } from "../view.js";
import { slugOfTheme, themeOf } from "./options.js";
import { cameFromCheck, locked, versionOf, viewOr404, wantsToContinue } from "./saving.js";

type Deps = { applications: ApplicationsService; settings: SettingsService };

async function renderTheme(
  deps: Deps,
  req: Request,
  res: Response,
  status: number,
  theme: ThemeValue,
  locals: { values?: ThemeAnswers; version?: number; [key: string]: unknown } = {},
) {
  const view = await viewOr404(deps.applications, req);
  if (!view.editable) throw locked(view.id);
  const section = view.themes.find((t) => t.theme === theme);
  if (!section) throw notFound();
  const settings = await deps.settings.all();
  res.status(status).render("applications/theme", {
    application: view,
    theme,
    values: section,
    version: section.version,
    evidence: section.evidence,
    limits: settings.award,
    kinds: describeKinds(EVIDENCE_KINDS),
    from: typeof req.query.from === "string" ? req.query.from : textField(req.body, "from"),
    resumed: req.query.resumed,
    notice: req.query.evidence,
    ...locals,
  });
}

export function showTheme(deps: Deps): RequestHandler {
  return async (req, res) => {
    const theme = themeOf(req);
    const unsaved = takeUnsavedAnswers(req);
    if (!unsaved) return renderTheme(deps, req, res, 200, theme);
    const view = await viewOr404(deps.applications, req);
    const section = view.themes.find((t) => t.theme === theme);
    await renderTheme(deps, req, res, 200, theme, {
      values: readThemeAnswers(unsaved),
      conflict: section ? { theirs: section } : undefined,
    });
  };
}

/** Saves the answers, and the file if one was chosen: Upload stays on the page, the others move on. */
export function saveTheme(deps: Deps): RequestHandler {
  return async (req, res) => {
    const theme = themeOf(req);
    const id = String(req.params.id);
    const base = `/applications/${id}`;
    const values = readThemeAnswers(req.body);
    const uploading = textField(req.body, "action") === "upload";
    const description = normaliseShortText(formBody(req.body)[EVIDENCE_DESCRIPTION_FIELD]);
    const files = ((req.files as UploadedFile[] | undefined) ?? []).filter(
      (f) => f.fieldname === EVIDENCE_FIELD && f.originalname,
    );
    // One file per upload, each checked and described: several at once are refused, not half kept.
    if (files.length > 1) {
      return renderTheme(deps, req, res, 400, theme, {
        values,
        version: versionOf(req.body),
        errors: { [EVIDENCE_FIELD]: `Upload one file at a time: ${files.length} files were sent and none was kept` },
        evidenceDescription: description,
      });
    }
    const file = files[0];
    const result = await deps.applications.saveThemeWithEvidence(
      actorOf(req),
      id,
      theme,
      values,
      { file, description },
      { version: versionOf(req.body), complete: uploading ? "keep" : wantsToContinue(req.body) },
    );
    if (!result) throw notFound();
    if (result.outcome === "locked") throw locked(id);
    if (result.outcome === "conflict") {
      return renderTheme(deps, req, res, 409, theme, {
        values,
        conflict: { theirs: result.theirs },
        version: result.version,
      });
    }

    const { uploaded } = result.evidence;
    const fileErrors: FieldErrors =
      !file && uploading ? { [EVIDENCE_FIELD]: "Select a file to upload" } : result.evidence.errors;
    const answerErrors = !uploading && wantsToContinue(req.body) && !result.completed ? result.errors : {};
    if (Object.keys(fileErrors).length > 0 || Object.keys(answerErrors).length > 0) {
      return renderTheme(deps, req, res, 400, theme, {
        values,
        version: versionOf(req.body) + 1,
        errors: { ...answerErrors, ...fileErrors },
        evidenceDescription: uploaded ? "" : description,
        notice: uploaded ? "uploaded" : undefined,
      });
    }
    if (uploading) return res.redirect(303, `${base}/themes/${slugOfTheme(theme)}?evidence=uploaded#evidence`);
    if (!wantsToContinue(req.body)) return res.redirect(303, `${base}?saved=draft`);
    res.redirect(303, cameFromCheck(req) ? `${base}/check-answers` : `${base}?saved=section`);
  };
}
