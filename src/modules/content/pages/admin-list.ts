import type { RequestHandler } from "express";
import { listQuerySchema } from "../schemas.js";
import type { ContentService } from "../service.js";

export function showContentList(deps: { content: ContentService }): RequestHandler {
  return async (req, res) => {
    const query = listQuerySchema.parse(req.query);
    res.render("admin/content/index", { list: await deps.content.adminList(query), kind: query.kind ?? "" });
  };
}
