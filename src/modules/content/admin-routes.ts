import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import {
  addAttachment,
  removeAttachment,
  saveAttachment,
  showAttachment,
  showNewAttachment,
} from "./pages/admin-attachments.js";
import { createPage, savePage, showNewPage, showPage } from "./pages/admin-edit.js";
import { showContentList } from "./pages/admin-list.js";
import {
  confirmDelete,
  deletePage,
  publishPage,
  restoreVersion,
  showVersions,
  unpublishPage,
} from "./pages/admin-publishing.js";
import type { ContentService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

/** The programme lead's publishing tools: pages, guides, versions and files. */
export function contentAdminRoutes(deps: { content: ContentService }): Router {
  const admin = Router();
  admin.use(requireRole("PROGRAMME_LEAD"), noStore);

  admin.get("/", showContentList(deps));
  admin.get("/new", showNewPage());
  admin.post("/new", createPage(deps));
  admin.get("/:id", showPage(deps));
  admin.post("/:id", savePage(deps));

  admin.post("/:id/publish", publishPage(deps));
  admin.post("/:id/unpublish", unpublishPage(deps));
  admin.get("/:id/delete", confirmDelete(deps));
  admin.post("/:id/delete", deletePage(deps));
  admin.get("/:id/versions", showVersions(deps));
  admin.post("/:id/versions/:number/restore", restoreVersion(deps));

  admin.get("/:id/attachments/new", showNewAttachment(deps));
  admin.post("/:id/attachments/new", addAttachment(deps));
  admin.get("/:id/attachments/:attachmentId", showAttachment(deps));
  admin.post("/:id/attachments/:attachmentId", saveAttachment(deps));
  admin.post("/:id/attachments/:attachmentId/remove", removeAttachment(deps));

  const router = Router();
  router.use("/admin/content", admin);
  return router;
}
