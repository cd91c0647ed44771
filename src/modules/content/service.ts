import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import { checkFile, cleanFileName, describeKinds, formatFileSize, type FileKind } from "../../platform/file-checks.js";
import { renderMarkdown } from "../../platform/markdown.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { newStorageKey, type FileStorage } from "../../platform/storage.js";
import type { FieldErrors } from "../../platform/validation.js";
import { indexPage, removeFromIndex } from "../search/index.js";
import { publicPathOf } from "./paths.js";
import { slugify, type ContentInput } from "./schemas.js";

export type ContentKindValue = "PAGE" | "GUIDE";

/** Files a page may offer for download. */
export const ATTACHMENT_KINDS: readonly FileKind[] = ["pdf", "docx", "pptx", "xlsx", "odt", "odp"];

const ADMIN_PAGE_SIZE = 25;

export interface AttachmentView {
  id: string;
  title: string;
  fileName: string;
  extension: string;
  size: number;
  sizeText: string;
  href: string;
  updatedAt: Date;
}

export interface PageView {
  id: string;
  kind: ContentKindValue;
  slug: string;
  title: string;
  summary: string;
  category: string;
  body: string;
  html: string;
  system: boolean;
  published: boolean;
  firstPublishedAt: Date | null;
  contentUpdatedAt: Date | null;
  updatedAt: Date;
  path: string;
  attachments: AttachmentView[];
}

type PageRow = {
  id: string;
  kind: string;
  slug: string;
  title: string;
  summary: string;
  category: string;
  body: string;
  system: boolean;
  published: boolean;
  firstPublishedAt: Date | null;
  contentUpdatedAt: Date | null;
  updatedAt: Date;
  attachments?: {
    id: string;
    title: string;
    fileName: string;
    extension: string;
    size: number;
    updatedAt: Date;
  }[];
};

function toView(row: PageRow): PageView {
  const path = publicPathOf(row);
  return {
    id: row.id,
    kind: row.kind as ContentKindValue,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: row.category,
    body: row.body,
    html: renderMarkdown(row.body),
    system: row.system,
    published: row.published,
    firstPublishedAt: row.firstPublishedAt,
    contentUpdatedAt: row.contentUpdatedAt,
    updatedAt: row.updatedAt,
    path,
    attachments: (row.attachments ?? []).map((file) => ({
      ...file,
      sizeText: formatFileSize(file.size),
      href: `${row.system ? `/${row.slug}` : path}/files/${file.id}`,
    })),
  };
}

const withAttachments = { attachments: { orderBy: { createdAt: "asc" as const } } };

export type SaveResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };
export type UploadResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

function uploadProblem(file: UploadedFile | undefined, maxBytes: number): string | null {
  if (!file) return "Select a file";
  if (file.tooLarge || file.size > maxBytes) return `The file must be smaller than ${formatFileSize(maxBytes)}`;
  return null;
}

export function createContentService(prisma: Db, storage: FileStorage, options: { uploadMaxBytes: number }) {
  async function checkedUpload(
    file: UploadedFile | undefined,
  ): Promise<{ ok: true; fileName: string; contentType: string; extension: string } | { ok: false; message: string }> {
    const problem = uploadProblem(file, options.uploadMaxBytes);
    if (problem || !file) return { ok: false, message: problem ?? "Select a file" };
    if (file.size === 0) return { ok: false, message: "The selected file is empty" };
    const check = await checkFile(file.path, file.originalname, ATTACHMENT_KINDS);
    if (!check.ok) {
      return {
        ok: false,
        message:
          check.problem === "extension"
            ? `The selected file must be a ${describeKinds(ATTACHMENT_KINDS)}`
            : check.problem === "empty"
              ? "The selected file is empty"
              : "The file's content does not match its type: it is not a real " +
                describeKinds(ATTACHMENT_KINDS) +
                " file",
      };
    }
    return {
      ok: true,
      fileName: cleanFileName(file.originalname),
      contentType: check.contentType,
      extension: check.extension,
    };
  }

  async function nextVersion(tx: Pick<Db, "contentVersion">, pageId: string): Promise<number> {
    const last = await tx.contentVersion.findFirst({ where: { pageId }, orderBy: { number: "desc" } });
    return (last?.number ?? 0) + 1;
  }

  /** Writes the page's new text, keeps it as the next version, and re-indexes a published page. */
  async function saveAsNewVersion(
    tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
    existing: { id: string; published: boolean },
    text: { slug: string; title: string; summary: string; category: string; body: string },
    actorId: string,
  ): Promise<void> {
    const { slug, title, summary, category, body } = text;
    const page = await tx.contentPage.update({
      where: { id: existing.id },
      data: {
        slug,
        title,
        summary,
        category,
        body,
        updatedById: actorId,
        ...(existing.published ? { contentUpdatedAt: new Date() } : {}),
      },
    });
    await tx.contentVersion.create({
      data: {
        pageId: existing.id,
        number: await nextVersion(tx, existing.id),
        title,
        summary,
        category,
        body,
        createdById: actorId,
      },
    });
    if (page.published) await indexPage(tx, page);
  }

  return {
    /** A page as the public sees it, or the lead (who also sees unpublished pages); null for 404. */
    async find(kind: ContentKindValue, slug: string, viewer: { isLead: boolean }): Promise<PageView | null> {
      const row = await prisma.contentPage.findUnique({
        where: { kind_slug: { kind, slug } },
        include: withAttachments,
      });
      if (!row || (!row.published && !viewer.isLead)) return null;
      return toView(row);
    },

    async findById(id: string): Promise<PageView | null> {
      const row = await prisma.contentPage.findUnique({ where: { id }, include: withAttachments });
      return row ? toView(row) : null;
    },

    /** Published guides for the library, optionally in one category, with every category in use. */
    async library(category: string) {
      const rows = await prisma.contentPage.findMany({
        where: { kind: "GUIDE", published: true },
        orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
        select: {
          id: true,
          kind: true,
          slug: true,
          system: true,
          title: true,
          summary: true,
          category: true,
          contentUpdatedAt: true,
        },
      });
      const categories = [...new Set(rows.map((row) => row.category).filter(Boolean))].sort();
      const chosen = categories.includes(category) ? category : "";
      return {
        category: chosen,
        categories,
        guides: rows
          .filter((row) => !chosen || row.category === chosen)
          .map((row) => ({ ...row, path: publicPathOf(row) })),
      };
    },

    /** Everything, for the lead's list: newest change first, paginated. */
    async adminList(filter: { kind?: ContentKindValue; page: number }) {
      const where = filter.kind ? { kind: filter.kind } : {};
      const total = await prisma.contentPage.count({ where });
      const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
      const page = Math.min(filter.page, pageCount);
      const rows = await prisma.contentPage.findMany({
        where,
        orderBy: [{ system: "desc" }, { kind: "asc" }, { sortOrder: "asc" }, { title: "asc" }],
        skip: (page - 1) * ADMIN_PAGE_SIZE,
        take: ADMIN_PAGE_SIZE,
        select: { id: true, kind: true, slug: true, title: true, system: true, published: true, updatedAt: true },
      });
      return { total, page, pageCount, items: rows.map((row) => ({ ...row, path: publicPathOf(row) })) };
    },

    async create(kind: ContentKindValue, input: ContentInput, actorId: string): Promise<SaveResult> {
      const slug = input.slug || slugify(input.title);
      if (!slug) return { ok: false, errors: { slug: "Enter a web address using letters or numbers" } };
      if (await prisma.contentPage.findUnique({ where: { kind_slug: { kind, slug } } })) {
        return { ok: false, errors: { slug: "Another page already uses this web address: choose a different one" } };
      }
      const page = await prisma.$transaction(async (tx) => {
        const created = await tx.contentPage.create({
          data: {
            kind,
            slug,
            title: input.title,
            summary: input.summary,
            category: input.category,
            body: input.body,
            updatedById: actorId,
          },
        });
        await tx.contentVersion.create({
          data: {
            pageId: created.id,
            number: 1,
            title: input.title,
            summary: input.summary,
            category: input.category,
            body: input.body,
            createdById: actorId,
          },
        });
        await recordAudit(tx, {
          actorId,
          action: "content.create",
          subjectType: "ContentPage",
          subjectId: created.id,
          after: { kind, slug, title: input.title },
        });
        return created;
      });
      return { ok: true, id: page.id };
    },

    /** Saves a new version; a published page changes for readers at once and is re-indexed. */
    async update(id: string, input: ContentInput, actorId: string): Promise<SaveResult | null> {
      const existing = await prisma.contentPage.findUnique({ where: { id } });
      if (!existing) return null;
      // A system page keeps its address.
      const slug = existing.system ? existing.slug : input.slug || existing.slug;
      if (slug !== existing.slug) {
        const clash = await prisma.contentPage.findUnique({ where: { kind_slug: { kind: existing.kind, slug } } });
        if (clash)
          return { ok: false, errors: { slug: "Another page already uses this web address: choose a different one" } };
      }
      await prisma.$transaction(async (tx) => {
        await saveAsNewVersion(tx, existing, { ...input, slug }, actorId);
        await recordAudit(tx, {
          actorId,
          action: "content.update",
          subjectType: "ContentPage",
          subjectId: id,
          before: { slug: existing.slug, title: existing.title },
          after: { slug, title: input.title },
        });
      });
      return { ok: true, id };
    },

    async publish(id: string, actorId: string): Promise<boolean> {
      const existing = await prisma.contentPage.findUnique({ where: { id } });
      if (!existing) return false;
      if (existing.published) return true;
      await prisma.$transaction(async (tx) => {
        const now = new Date();
        const page = await tx.contentPage.update({
          where: { id },
          data: { published: true, firstPublishedAt: existing.firstPublishedAt ?? now, contentUpdatedAt: now },
        });
        await indexPage(tx, page);
        await recordAudit(tx, { actorId, action: "content.publish", subjectType: "ContentPage", subjectId: id });
      });
      return true;
    },

    /** Takes a page down; system pages stay up (their addresses are part of the site). */
    async unpublish(id: string, actorId: string): Promise<"done" | "system" | "missing"> {
      const existing = await prisma.contentPage.findUnique({ where: { id } });
      if (!existing) return "missing";
      if (existing.system) return "system";
      await prisma.$transaction(async (tx) => {
        await tx.contentPage.update({ where: { id }, data: { published: false } });
        await removeFromIndex(tx, id);
        await recordAudit(tx, { actorId, action: "content.unpublish", subjectType: "ContentPage", subjectId: id });
      });
      return "done";
    },

    /** Deletes a page, its versions and its files. */
    async remove(id: string, actorId: string): Promise<"done" | "system" | "missing"> {
      const existing = await prisma.contentPage.findUnique({ where: { id }, include: { attachments: true } });
      if (!existing) return "missing";
      if (existing.system) return "system";
      await prisma.$transaction(async (tx) => {
        await tx.contentPage.delete({ where: { id } });
        await recordAudit(tx, {
          actorId,
          action: "content.delete",
          subjectType: "ContentPage",
          subjectId: id,
          before: {
            kind: existing.kind,
            slug: existing.slug,
            title: existing.title,
            attachments: existing.attachments.length,
          },
        });
      });
      // After the commit: a failed delete leaves an unreferenced file, never a broken link.
      for (const file of existing.attachments) await storage.delete(file.storageKey);
      return "done";
    },

    async versions(id: string) {
      return prisma.contentVersion.findMany({
        where: { pageId: id },
        orderBy: { number: "desc" },
        take: 100,
        select: { number: true, title: true, createdAt: true, createdById: true },
      });
    },

    /** Makes an earlier version the current one (saved as a new version, so nothing is lost). */
    async restoreVersion(id: string, number: number, actorId: string): Promise<boolean> {
      const version = await prisma.contentVersion.findUnique({ where: { pageId_number: { pageId: id, number } } });
      if (!version) return false;
      const existing = await prisma.contentPage.findUnique({ where: { id } });
      if (!existing) return false;
      await prisma.$transaction(async (tx) => {
        await saveAsNewVersion(tx, existing, { ...version, slug: existing.slug }, actorId);
        await recordAudit(tx, {
          actorId,
          action: "content.restore-version",
          subjectType: "ContentPage",
          subjectId: id,
          after: { restoredVersion: number },
        });
      });
      return true;
    },

    async addAttachment(
      pageId: string,
      title: string,
      file: UploadedFile | undefined,
      actorId: string,
    ): Promise<UploadResult | null> {
      if (!(await prisma.contentPage.findUnique({ where: { id: pageId } }))) return null;
      const checked = await checkedUpload(file);
      if (!checked.ok || !file) return { ok: false, errors: { file: checked.ok ? "Select a file" : checked.message } };
      const storageKey = newStorageKey("attachments");
      const { size } = await storage.put(storageKey, { path: file.path });
      try {
        const attachment = await prisma.$transaction(async (tx) => {
          const created = await tx.attachment.create({
            data: {
              pageId,
              title,
              fileName: checked.fileName,
              contentType: checked.contentType,
              extension: checked.extension,
              size,
              storageKey,
              uploadedById: actorId,
            },
          });
          await recordAudit(tx, {
            actorId,
            action: "attachment.upload",
            subjectType: "Attachment",
            subjectId: created.id,
            after: { pageId, title, fileName: checked.fileName, size },
          });
          return created;
        });
        return { ok: true, id: attachment.id };
      } catch (error) {
        await storage.delete(storageKey);
        throw error;
      }
    },

    async attachment(pageId: string, attachmentId: string) {
      return prisma.attachment.findFirst({ where: { id: attachmentId, pageId } });
    },

    async replaceAttachment(
      pageId: string,
      attachmentId: string,
      title: string,
      file: UploadedFile | undefined,
      actorId: string,
    ): Promise<UploadResult | null> {
      const existing = await prisma.attachment.findFirst({ where: { id: attachmentId, pageId } });
      if (!existing) return null;
      const noNewFile = !file || (file.size === 0 && !file.originalname);
      if (noNewFile) {
        // Only the title changes.
        await prisma.$transaction(async (tx) => {
          await tx.attachment.update({ where: { id: attachmentId }, data: { title } });
          await recordAudit(tx, {
            actorId,
            action: "attachment.replace",
            subjectType: "Attachment",
            subjectId: attachmentId,
            before: { title: existing.title },
            after: { title },
          });
        });
        return { ok: true, id: attachmentId };
      }
      const checked = await checkedUpload(file);
      if (!checked.ok) return { ok: false, errors: { file: checked.message } };
      const storageKey = newStorageKey("attachments");
      const { size } = await storage.put(storageKey, { path: file.path });
      try {
        await prisma.$transaction(async (tx) => {
          await tx.attachment.update({
            where: { id: attachmentId },
            data: {
              title,
              fileName: checked.fileName,
              contentType: checked.contentType,
              extension: checked.extension,
              size,
              storageKey,
              uploadedById: actorId,
            },
          });
          await recordAudit(tx, {
            actorId,
            action: "attachment.replace",
            subjectType: "Attachment",
            subjectId: attachmentId,
            before: { title: existing.title, fileName: existing.fileName, size: existing.size },
            after: { title, fileName: checked.fileName, size },
          });
        });
      } catch (error) {
        await storage.delete(storageKey);
        throw error;
      }
      await storage.delete(existing.storageKey);
      return { ok: true, id: attachmentId };
    },

    async removeAttachment(pageId: string, attachmentId: string, actorId: string): Promise<boolean> {
      const existing = await prisma.attachment.findFirst({ where: { id: attachmentId, pageId } });
      if (!existing) return false;
      await prisma.$transaction(async (tx) => {
        await tx.attachment.delete({ where: { id: attachmentId } });
        await recordAudit(tx, {
          actorId,
          action: "attachment.remove",
          subjectType: "Attachment",
          subjectId: attachmentId,
          before: { pageId, title: existing.title, fileName: existing.fileName },
        });
      });
      await storage.delete(existing.storageKey);
      return true;
    },

    /** A file of a page the viewer may read, for download; null for 404. */
    async download(kind: ContentKindValue, slug: string, attachmentId: string, viewer: { isLead: boolean }) {
      const page = await prisma.contentPage.findUnique({ where: { kind_slug: { kind, slug } } });
      if (!page || (!page.published && !viewer.isLead)) return null;
      const file = await prisma.attachment.findFirst({ where: { id: attachmentId, pageId: page.id } });
      return file ? { file, published: page.published } : null;
    },
  };
}

export type ContentService = ReturnType<typeof createContentService>;
