import { recordAudit } from "../../platform/audit.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { newStorageKey } from "../../platform/storage.js";
import type { FieldErrors } from "../../platform/validation.js";
import type { ContentDeps, Tx } from "./deps.js";
import { checkUpload, type CheckedUpload } from "./uploads.js";

export type UploadResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

/** The columns of a stored attachment's file. */
type StoredFields = {
  fileName: string;
  contentType: string;
  extension: string;
  size: number;
  storageKey: string;
  uploadedById: string;
};

/**
 * Stores a checked file under a new key, then records it with `write` in one transaction. Should
 * the record fail, the stored file is removed again: no file is left without its row.
 */
async function storeThenRecord<T>(
  deps: ContentDeps,
  actorId: string,
  file: UploadedFile,
  checked: Extract<CheckedUpload, { ok: true }>,
  write: (tx: Tx, stored: StoredFields) => Promise<T>,
): Promise<T> {
  const storageKey = newStorageKey(deps.random, "attachments");
  const { size } = await deps.storage.put(storageKey, { path: file.path });
  const { fileName, contentType, extension } = checked;
  try {
    return await deps.prisma.$transaction((tx) =>
      write(tx, { fileName, contentType, extension, size, storageKey, uploadedById: actorId }),
    );
  } catch (error) {
    await deps.storage.delete(storageKey);
    throw error;
  }
}

/** Adds a checked file to a page; null when there is no such page. */
export async function addAttachment(
  deps: ContentDeps,
  actorId: string,
  pageId: string,
  title: string,
  file: UploadedFile | undefined,
): Promise<UploadResult | null> {
  if (!(await deps.prisma.contentPage.findUnique({ where: { id: pageId } }))) return null;
  const checked = await checkUpload(file, deps.uploadMaxBytes);
  if (!checked.ok || !file) return { ok: false, errors: { file: checked.ok ? "Select a file" : checked.message } };
  const attachment = await storeThenRecord(deps, actorId, file, checked, async (tx, stored) => {
    const created = await tx.attachment.create({ data: { pageId, title, ...stored } });
    await recordAudit(tx, actorId, "attachment.upload", ["Attachment", created.id], {
      after: { pageId, title, fileName: stored.fileName, size: stored.size },
    });
    return created;
  });
  return { ok: true, id: attachment.id };
}

/**
 * Adds a file from the lead's form. The file is checked even when the form's title was refused
 * (title null), so that both problems are reported at once; the file is then not kept.
 */
export async function uploadAttachment(
  deps: ContentDeps,
  actorId: string,
  pageId: string,
  title: string | null,
  file: UploadedFile | undefined,
): Promise<UploadResult | null> {
  const result = await addAttachment(deps, actorId, pageId, title ?? "", file);
  if (!result?.ok || title !== null) return result;
  await removeAttachment(deps, actorId, pageId, result.id);
  return { ok: false, errors: {} };
}

export async function findAttachment(deps: ContentDeps, pageId: string, attachmentId: string) {
  return deps.prisma.attachment.findFirst({ where: { id: attachmentId, pageId } });
}

/** A new title, and a new file when one was chosen; null when the page has no such file. */
export async function replaceAttachment(
  deps: ContentDeps,
  actorId: string,
  pageId: string,
  attachmentId: string,
  title: string,
  file: UploadedFile | undefined,
): Promise<UploadResult | null> {
  const { prisma } = deps;
  const existing = await prisma.attachment.findFirst({ where: { id: attachmentId, pageId } });
  if (!existing) return null;
  const noNewFile = !file || (file.size === 0 && !file.originalname);
  if (noNewFile) {
    await retitle(deps, actorId, existing, title);
    return { ok: true, id: attachmentId };
  }
  const checked = await checkUpload(file, deps.uploadMaxBytes);
  if (!checked.ok) return { ok: false, errors: { file: checked.message } };
  await storeThenRecord(deps, actorId, file, checked, async (tx, stored) => {
    await tx.attachment.update({ where: { id: attachmentId }, data: { title, ...stored } });
    await recordAudit(tx, actorId, "attachment.replace", ["Attachment", attachmentId], {
      before: { title: existing.title, fileName: existing.fileName, size: existing.size },
      after: { title, fileName: stored.fileName, size: stored.size },
    });
  });
  await deps.storage.delete(existing.storageKey);
  return { ok: true, id: attachmentId };
}

/** Only the title changes. */
async function retitle(
  deps: ContentDeps,
  actorId: string,
  existing: { id: string; title: string },
  title: string,
): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    await tx.attachment.update({ where: { id: existing.id }, data: { title } });
    await recordAudit(tx, actorId, "attachment.replace", ["Attachment", existing.id], {
      before: { title: existing.title },
      after: { title },
    });
  });
}

export async function removeAttachment(
  deps: ContentDeps,
  actorId: string,
  pageId: string,
  attachmentId: string,
): Promise<boolean> {
  const { prisma, storage } = deps;
  const existing = await prisma.attachment.findFirst({ where: { id: attachmentId, pageId } });
  if (!existing) return false;
  await prisma.$transaction(async (tx) => {
    await tx.attachment.delete({ where: { id: attachmentId } });
    await recordAudit(tx, actorId, "attachment.remove", ["Attachment", attachmentId], {
      before: { pageId, title: existing.title, fileName: existing.fileName },
    });
  });
  await storage.delete(existing.storageKey);
  return true;
}
