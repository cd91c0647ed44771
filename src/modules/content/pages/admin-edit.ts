import type { Request, RequestHandler, Response } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { renderMarkdown } from "../../../platform/markdown.js";
import { formValues, validate, type Validated } from "../../../platform/validation.js";
import { contentSchema, kindSchema, type ContentInput } from "../schemas.js";
import type { ContentService, PageView } from "../service.js";

type Deps = { content: ContentService };

const wantsPreview = (req: Request) => (req.body as Record<string, unknown>).action === "preview";

/** The form again: with the errors, or (when the text was fine) with a preview of it. */
function renderForm(
  req: Request,
  res: Response,
  parsed: Validated<ContentInput>,
  context: { kind: string; page?: PageView },
): void {
  res.status(parsed.ok ? 200 : 400).render("admin/content/edit", {
    ...context,
    values: formValues(req.body),
    errors: parsed.ok ? undefined : parsed.errors,
    previewHtml: parsed.ok ? renderMarkdown(parsed.data.body) : undefined,
  });
}

export function showNewPage(): RequestHandler {
  return (req, res) => {
    const kind = kindSchema.catch("GUIDE").parse(req.query.kind);
    res.render("admin/content/edit", { kind, values: {} });
  };
}

export function createPage(deps: Deps): RequestHandler {
  return async (req, res) => {
    const kind = kindSchema.catch("GUIDE").parse((req.body as Record<string, unknown>).kind);
    const parsed = validate(contentSchema, req.body);
    if (!parsed.ok || wantsPreview(req)) return renderForm(req, res, parsed, { kind });
    const result = await deps.content.create(kind, parsed.data, actorOf(req).id);
    if (!result.ok)
      return res
        .status(400)
        .render("admin/content/edit", { kind, values: formValues(req.body), errors: result.errors });
    res.redirect(303, `/admin/content/${result.id}`);
  };
}

export function showPage(deps: Deps): RequestHandler<{ id: string }> {
  return async (req, res) => {
    const page = await deps.content.findById(req.params.id);
    if (!page) throw notFound();
    res.render("admin/content/edit", { page, kind: page.kind, values: page, saved: req.query.saved });
  };
}

export function savePage(deps: Deps): RequestHandler<{ id: string }> {
  return async (req, res) => {
    const page = await deps.content.findById(req.params.id);
    if (!page) throw notFound();
    const parsed = validate(contentSchema, req.body);
    if (!parsed.ok || wantsPreview(req)) return renderForm(req, res, parsed, { page, kind: page.kind });
    const result = await deps.content.update(page.id, parsed.data, actorOf(req).id);
    if (result && !result.ok)
      return res
        .status(400)
        .render("admin/content/edit", { page, kind: page.kind, values: formValues(req.body), errors: result.errors });
    res.redirect(303, `/admin/content/${page.id}?saved=1`);
  };
}
