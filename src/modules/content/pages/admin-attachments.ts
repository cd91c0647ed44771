import type { Request, RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { UploadedFile } from "../../../platform/multipart.js";
import { formValues, validate } from "../../../platform/validation.js";
import { attachmentTitleSchema } from "../schemas.js";
import type { ContentService } from "../service.js";

type Deps = { content: ContentService };
type PageParams = { id: string };
type FileParams = { id: string; attachmentId: string };

const fileIn = (req: Request<PageParams>): UploadedFile | undefined =>
  ((req.files as UploadedFile[] | undefined) ?? []).find((f) => f.fieldname === "file");

/** The page and its file named in the address, or 404. */
async function pageAndAttachment(deps: Deps, req: Request<FileParams>) {
  const page = await deps.content.findById(req.params.id);
  const attachment = page ? await deps.content.attachment(page.id, req.params.attachmentId) : null;
  if (!page || !attachment) throw notFound();
  return { page, attachment };
}

export function showNewAttachment(deps: Deps): RequestHandler<PageParams> {
  return async (req, res) => {
    const page = await deps.content.findById(req.params.id);
    if (!page) throw notFound();
    res.render("admin/content/attachment", { page, values: {} });
  };
}

export function addAttachment(deps: Deps): RequestHandler<PageParams> {
  return async (req, res) => {
    const page = await deps.content.findById(req.params.id);
    if (!page) throw notFound();
    const parsed = validate(attachmentTitleSchema, req.body);
    const title = parsed.ok ? parsed.data.title : null;
    const result = await deps.content.uploadAttachment(page.id, title, fileIn(req), actorOf(req).id);
    if (!result) throw notFound();
    if (!result.ok) {
      // Both problems at once, so the lead fixes them in one go.
      const errors = { ...(parsed.ok ? {} : parsed.errors), ...result.errors };
      return res.status(400).render("admin/content/attachment", { page, values: formValues(req.body), errors });
    }
    res.redirect(303, `/admin/content/${page.id}#attachments`);
  };
}

export function showAttachment(deps: Deps): RequestHandler<FileParams> {
  return async (req, res) => {
    const { page, attachment } = await pageAndAttachment(deps, req);
    res.render("admin/content/attachment", { page, attachment, values: attachment });
  };
}

export function saveAttachment(deps: Deps): RequestHandler<FileParams> {
  return async (req, res) => {
    const { page, attachment } = await pageAndAttachment(deps, req);
    const parsed = validate(attachmentTitleSchema, req.body);
    const values = formValues(req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/content/attachment", { page, attachment, values, errors: parsed.errors });
    const { content } = deps;
    const result = await content.replaceAttachment(
      page.id,
      attachment.id,
      parsed.data.title,
      fileIn(req),
      actorOf(req).id,
    );
    if (!result) throw notFound();
    if (!result.ok)
      return res.status(400).render("admin/content/attachment", { page, attachment, values, errors: result.errors });
    res.redirect(303, `/admin/content/${page.id}#attachments`);
  };
}

export function removeAttachment(deps: Deps): RequestHandler<FileParams> {
  return async (req, res) => {
    const id = req.params.id;
    if (!(await deps.content.removeAttachment(id, req.params.attachmentId, actorOf(req).id))) throw notFound();
    res.redirect(303, `/admin/content/${id}#attachments`);
  };
}
