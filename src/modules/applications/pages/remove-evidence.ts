import type { Request, RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { EvidenceService } from "../evidence/service.js";
import type { ApplicationsService } from "../service.js";
import { slugOfTheme, themeOf } from "./options.js";
import { locked, viewOr404 } from "./saving.js";

// Removing a file asks first, on a page of its own.

type Deps = { applications: ApplicationsService; evidence: EvidenceService };

async function evidenceFileOf(applications: ApplicationsService, req: Request) {
  const theme = themeOf(req);
  const view = await viewOr404(applications, req);
  if (!view.editable) throw locked(view.id);
  const file = view.themes.find((t) => t.theme === theme)?.evidence.find((e) => e.id === req.params.fileId);
  if (!file) throw notFound();
  return { theme, view, file };
}

export function confirmRemoveEvidence({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const { theme, view, file } = await evidenceFileOf(applications, req);
    res.render("applications/remove-evidence", { application: view, theme, file, themeSlug: slugOfTheme });
  };
}

export function removeEvidence({ applications, evidence }: Deps): RequestHandler {
  return async (req, res) => {
    const { theme, view, file } = await evidenceFileOf(applications, req);
    const result = await evidence.remove(actorOf(req), view.id, theme, file.id);
    if (!result) throw notFound();
    if (result === "locked") throw locked(view.id);
    res.redirect(303, `/applications/${view.id}/themes/${slugOfTheme(theme)}?evidence=removed#evidence`);
  };
}
