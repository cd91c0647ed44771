import type { UploadedFile } from "../../platform/multipart.js";
import { addAttachment, findAttachment, removeAttachment, replaceAttachment, uploadAttachment } from "./attachments.js";
import type { ContentDeps } from "./deps.js";
import { createPage, updatePage } from "./edit-page.js";
import { publishPage, removePage, unpublishPage } from "./publishing.js";
import { adminList, findDownload, findPage, findPageById, library, publishedPages } from "./read-pages.js";
import type { ContentInput } from "./schemas.js";
import { listVersions, restoreVersion } from "./versions.js";
import type { ContentKindValue } from "./views.js";

export type { UploadResult } from "./attachments.js";
export type { SaveResult } from "./edit-page.js";
export type { PublishedPage } from "./read-pages.js";
export { ATTACHMENT_KINDS } from "./uploads.js";
export type { AttachmentView, ContentKindValue, PageView } from "./views.js";

type Viewer = { isLead: boolean };

export function createContentService(deps: ContentDeps) {
  return {
    find: (kind: ContentKindValue, slug: string, viewer: Viewer) => findPage(deps, viewer, kind, slug),
    findById: (id: string) => findPageById(deps, id),
    library: (category: string) => library(deps, category),
    published: () => publishedPages(deps),
    adminList: (filter: { kind?: ContentKindValue; page: number }) => adminList(deps, filter),
    create: (kind: ContentKindValue, input: ContentInput, actorId: string) => createPage(deps, actorId, kind, input),
    update: (id: string, input: ContentInput, actorId: string) => updatePage(deps, actorId, id, input),
    publish: (id: string, actorId: string) => publishPage(deps, actorId, id),
    unpublish: (id: string, actorId: string) => unpublishPage(deps, actorId, id),
    remove: (id: string, actorId: string) => removePage(deps, actorId, id),
    versions: (id: string) => listVersions(deps, id),
    restoreVersion: (id: string, number: number, actorId: string) => restoreVersion(deps, actorId, id, number),
    addAttachment: (pageId: string, title: string, file: UploadedFile | undefined, actorId: string) =>
      addAttachment(deps, actorId, pageId, title, file),
    uploadAttachment: (pageId: string, title: string | null, file: UploadedFile | undefined, actorId: string) =>
      uploadAttachment(deps, actorId, pageId, title, file),
    attachment: (pageId: string, attachmentId: string) => findAttachment(deps, pageId, attachmentId),
    replaceAttachment: (
      pageId: string,
      attachmentId: string,
      title: string,
      file: UploadedFile | undefined,
      actorId: string,
    ) => replaceAttachment(deps, actorId, pageId, attachmentId, title, file),
    removeAttachment: (pageId: string, attachmentId: string, actorId: string) =>
      removeAttachment(deps, actorId, pageId, attachmentId),
    download: (kind: ContentKindValue, slug: string, attachmentId: string, viewer: Viewer) =>
      findDownload(deps, viewer, kind, slug, attachmentId),
  };
}

export type ContentService = ReturnType<typeof createContentService>;
