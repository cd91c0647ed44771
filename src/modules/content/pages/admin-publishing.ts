import type { RequestHandler } from "express";
import { actorOf } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { versionNumberSchema } from "../schemas.js";
import type { ContentService } from "../service.js";

type Deps = { content: ContentService };
type ById = RequestHandler<{ id: string }>;

export function publishPage(deps: Deps): ById {
  return async (req, res) => {
    const id = req.params.id;
    if (!(await deps.content.publish(id, actorOf(req).id))) throw notFound();
    res.redirect(303, `/admin/content/${id}`);
  };
}

export function unpublishPage(deps: Deps): ById {
  return async (req, res) => {
    const id = req.params.id;
    if ((await deps.content.unpublish(id, actorOf(req).id)) === "missing") throw notFound();
    res.redirect(303, `/admin/content/${id}`);
  };
}

export function confirmDelete(deps: Deps): ById {
  return async (req, res) => {
    const page = await deps.content.findById(req.params.id);
    if (!page || page.system) throw notFound();
    res.render("admin/content/delete", { page });
  };
}

export function deletePage(deps: Deps): ById {
  return async (req, res) => {
    const result = await deps.content.remove(req.params.id, actorOf(req).id);
    if (result !== "done") throw notFound();
    res.redirect(303, "/admin/content");
  };
}

export function showVersions(deps: Deps): ById {
  return async (req, res) => {
    const page = await deps.content.findById(req.params.id);
    if (!page) throw notFound();
    res.render("admin/content/versions", { page, versions: await deps.content.versions(page.id) });
  };
}

export function restoreVersion(deps: Deps): RequestHandler<{ id: string; number: string }> {
  return async (req, res) => {
    const id = req.params.id;
    const number = versionNumberSchema.safeParse(req.params.number);
    if (!number.success || !(await deps.content.restoreVersion(id, number.data, actorOf(req).id))) throw notFound();
    res.redirect(303, `/admin/content/${id}?saved=1`);
  };
}
