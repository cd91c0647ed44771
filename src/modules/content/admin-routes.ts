import { Router, type Request } from "express";
import { z } from "zod";
import { requireRole } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { renderMarkdown } from "../../platform/markdown.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { formValues, validate } from "../../platform/validation.js";
import { attachmentTitleSchema, contentSchema, kindSchema, listQuerySchema } from "./schemas.js";
import type { ContentService } from "./service.js";

const fileIn = (req: Request): UploadedFile | undefined =>
  ((req.files as UploadedFile[] | undefined) ?? []).find((f) => f.fieldname === "file");
const actor = (req: Request) => req.user?.id ?? "";

/** The programme lead's publishing tools: pages, guides, versions and files. */
export function contentAdminRoutes(deps: { content: ContentService }): Router {
  const { content } = deps;
  const admin = Router();
  admin.use(requireRole("PROGRAMME_LEAD"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });

  admin.get("/", async (req, res) => {
    const query = listQuerySchema.parse(req.query);
    res.render("admin/content/index", { list: await content.adminList(query), kind: query.kind ?? "" });
  });

  admin.get("/new", (req, res) => {
    const kind = kindSchema.catch("GUIDE").parse(req.query.kind);
    res.render("admin/content/edit", { kind, values: {} });
  });
  admin.post("/new", async (req, res) => {
    const kind = kindSchema.catch("GUIDE").parse((req.body as Record<string, unknown>).kind);
    const parsed = validate(contentSchema, req.body);
    const wantsPreview = (req.body as Record<string, unknown>).action === "preview";
    if (!parsed.ok || wantsPreview) {
      return res.status(parsed.ok ? 200 : 400).render("admin/content/edit", {
        kind,
        values: formValues(req.body),
        errors: parsed.ok ? undefined : parsed.errors,
        previewHtml: parsed.ok ? renderMarkdown(parsed.data.body) : undefined,
      });
    }
    const result = await content.create(kind, parsed.data, actor(req));
    if (!result.ok)
      return res
        .status(400)
        .render("admin/content/edit", { kind, values: formValues(req.body), errors: result.errors });
    res.redirect(303, `/admin/content/${result.id}`);
  });

  admin.get("/:id", async (req, res) => {
    const page = await content.findById(req.params.id);
    if (!page) throw notFound();
    res.render("admin/content/edit", { page, kind: page.kind, values: page, saved: req.query.saved });
  });
  admin.post("/:id", async (req, res) => {
    const page = await content.findById(req.params.id);
    if (!page) throw notFound();
    const parsed = validate(contentSchema, req.body);
    const wantsPreview = (req.body as Record<string, unknown>).action === "preview";
    if (!parsed.ok || wantsPreview) {
      return res.status(parsed.ok ? 200 : 400).render("admin/content/edit", {
        page,
        kind: page.kind,
        values: formValues(req.body),
        errors: parsed.ok ? undefined : parsed.errors,
        previewHtml: parsed.ok ? renderMarkdown(parsed.data.body) : undefined,
      });
    }
    const result = await content.update(page.id, parsed.data, actor(req));
    if (result && !result.ok)
      return res
        .status(400)
        .render("admin/content/edit", { page, kind: page.kind, values: formValues(req.body), errors: result.errors });
    res.redirect(303, `/admin/content/${page.id}?saved=1`);
  });

  admin.post("/:id/publish", async (req, res) => {
    if (!(await content.publish(req.params.id, actor(req)))) throw notFound();
    res.redirect(303, `/admin/content/${req.params.id}`);
  });
  admin.post("/:id/unpublish", async (req, res) => {
    if ((await content.unpublish(req.params.id, actor(req))) === "missing") throw notFound();
    res.redirect(303, `/admin/content/${req.params.id}`);
  });

  admin.get("/:id/delete", async (req, res) => {
    const page = await content.findById(req.params.id);
    if (!page || page.system) throw notFound();
    res.render("admin/content/delete", { page });
  });
  admin.post("/:id/delete", async (req, res) => {
    const result = await content.remove(req.params.id, actor(req));
    if (result !== "done") throw notFound();
    res.redirect(303, "/admin/content");
  });

  admin.get("/:id/versions", async (req, res) => {
    const page = await content.findById(req.params.id);
    if (!page) throw notFound();
    res.render("admin/content/versions", { page, versions: await content.versions(page.id) });
  });
  admin.post("/:id/versions/:number/restore", async (req, res) => {
    const number = z.coerce.number().int().min(1).safeParse(req.params.number);
    if (!number.success || !(await content.restoreVersion(req.params.id, number.data, actor(req)))) throw notFound();
    res.redirect(303, `/admin/content/${req.params.id}?saved=1`);
  });

  admin.get("/:id/attachments/new", async (req, res) => {
    const page = await content.findById(req.params.id);
    if (!page) throw notFound();
    res.render("admin/content/attachment", { page, values: {} });
  });
  admin.post("/:id/attachments/new", async (req, res) => {
    const page = await content.findById(req.params.id);
    if (!page) throw notFound();
    const parsed = validate(attachmentTitleSchema, req.body);
    const result = await content.addAttachment(page.id, parsed.ok ? parsed.data.title : "", fileIn(req), actor(req));
    if (!result) throw notFound();
    // Both problems at once, so the lead fixes them in one go; the rejected file is not kept.
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(result.ok ? {} : result.errors) };
    if (!parsed.ok || !result.ok) {
      if (result.ok) await content.removeAttachment(page.id, result.id, actor(req));
      return res.status(400).render("admin/content/attachment", { page, values: formValues(req.body), errors });
    }
    res.redirect(303, `/admin/content/${page.id}#attachments`);
  });
  admin.get("/:id/attachments/:attachmentId", async (req, res) => {
    const page = await content.findById(req.params.id);
    const attachment = page ? await content.attachment(page.id, req.params.attachmentId) : null;
    if (!page || !attachment) throw notFound();
    res.render("admin/content/attachment", { page, attachment, values: attachment });
  });
  admin.post("/:id/attachments/:attachmentId", async (req, res) => {
    const page = await content.findById(req.params.id);
    const attachment = page ? await content.attachment(page.id, req.params.attachmentId) : null;
    if (!page || !attachment) throw notFound();
    const parsed = validate(attachmentTitleSchema, req.body);
    if (!parsed.ok)
      return res
        .status(400)
        .render("admin/content/attachment", { page, attachment, values: formValues(req.body), errors: parsed.errors });
    const result = await content.replaceAttachment(page.id, attachment.id, parsed.data.title, fileIn(req), actor(req));
    if (!result) throw notFound();
    if (!result.ok)
      return res
        .status(400)
        .render("admin/content/attachment", { page, attachment, values: formValues(req.body), errors: result.errors });
    res.redirect(303, `/admin/content/${page.id}#attachments`);
  });
  admin.post("/:id/attachments/:attachmentId/remove", async (req, res) => {
    if (!(await content.removeAttachment(req.params.id, req.params.attachmentId, actor(req)))) throw notFound();
    res.redirect(303, `/admin/content/${req.params.id}#attachments`);
  });

  const router = Router();
  router.use("/admin/content", admin);
  return router;
}
