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
  admin.route("/new").get(showNewPage()).post(createPage(deps));
  admin.route("/:id").get(showPage(deps)).post(savePage(deps));

  admin.post("/:id/publish", publishPage(deps));
  admin.post("/:id/unpublish", unpublishPage(deps));
  admin.route("/:id/delete").get(confirmDelete(deps)).post(deletePage(deps));
  admin.get("/:id/versions", showVersions(deps));
  admin.post("/:id/versions/:number/restore", restoreVersion(deps));

  admin.route("/:id/attachments/new").get(showNewAttachment(deps)).post(addAttachment(deps));
  admin.route("/:id/attachments/:attachmentId").get(showAttachment(deps)).post(saveAttachment(deps));
  admin.post("/:id/attachments/:attachmentId/remove", removeAttachment(deps));

  const router = Router();
  router.use("/admin/content", admin);
  return router;
}
