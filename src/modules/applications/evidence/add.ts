import type { Actor } from "../../../platform/auth.js";
import { recordAudit } from "../../../platform/audit.js";
import { checkFile, cleanFileName, describeKinds, formatFileSize } from "../../../platform/file-checks.js";
import type { UploadedFile } from "../../../platform/multipart.js";
import { newStorageKey } from "../../../platform/storage.js";
import type { FieldErrors } from "../../../platform/validation.js";
import type { EvidenceDeps } from "./deps.js";
import { EDITABLE_STATUSES, type ThemeValue } from "../types.js";
import { EVIDENCE_DESCRIPTION_FIELD, EVIDENCE_FIELD, EVIDENCE_KINDS, type UploadOutcome } from "./files.js";
import { themeOfMember } from "./queries.js";

// A name with folders or control characters in it is refused rather than quietly changed, so
// that what the organisation sees listed is what it chose.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[/\\\u0000-\u001f\u007f]/;

type CheckedFile = Extract<Awaited<ReturnType<typeof checkFile>>, { ok: true }>;

/** Validates and keeps one uploaded file. The temporary file is moved into storage or left to be cleaned up. */
export async function add(
  deps: EvidenceDeps,
  actor: Actor,
  applicationId: string,
  theme: ThemeValue,
  file: UploadedFile,
  description: string,
): Promise<UploadOutcome | null> {
  const row = await themeOfMember(deps.prisma, actor, applicationId, theme);
  if (!row) return null;
  if (!(EDITABLE_STATUSES as readonly string[]).includes(row.application.status)) return { outcome: "locked" };
  const { award } = await deps.settings.all();
  const limits = { maxFiles: award.maxFilesPerTheme, maxBytes: award.maxFileMegabytes * 1024 * 1024 };
  const { errors, checked } = await checkUpload(file, description, row._count.evidence, limits);
  if (Object.keys(errors).length > 0 || !checked) return { outcome: "invalid", errors };
  return keep(deps, actor, { applicationId, theme, applicationThemeId: row.id }, file, description, checked, limits);
}

async function checkUpload(
  file: UploadedFile,
  description: string,
  filesSoFar: number,
  limits: { maxFiles: number; maxBytes: number },
): Promise<{ errors: FieldErrors; checked: CheckedFile | undefined }> {
  const errors: FieldErrors = {};
  const fileError = (message: string) => (errors[EVIDENCE_FIELD] ??= message);
  let checked: CheckedFile | undefined;
  if (filesSoFar >= limits.maxFiles) {
    fileError(`You can upload up to ${limits.maxFiles} files for each theme. Remove one before adding another.`);
  } else if (UNSAFE_NAME.test(file.originalname)) {
    fileError("The file name must not include a folder path or hidden characters. Rename the file and try again.");
  } else if (file.tooLarge || file.size > limits.maxBytes) {
    fileError(`The selected file must be smaller than ${formatFileSize(limits.maxBytes)}`);
  } else {
    const check = await checkFile(file.path, file.originalname, EVIDENCE_KINDS);
    if (check.ok) checked = check;
    else {
      fileError(
        check.problem === "empty"
          ? "The selected file is empty"
          : check.problem === "extension"
            ? `The selected file must be a ${describeKinds(EVIDENCE_KINDS)}`
            : "The selected file's content does not match its name. Check it is the right file, saved in the format its name says.",
      );
    }
  }
  if (description.length === 0) errors[EVIDENCE_DESCRIPTION_FIELD] = "Enter a short description of the file";
  else if (description.length > 300) errors[EVIDENCE_DESCRIPTION_FIELD] = "Description must be 300 characters or fewer";
  return { errors, checked };
}

async function keep(
  { prisma, storage, now, random }: EvidenceDeps,
  actor: Actor,
  target: { applicationId: string; theme: ThemeValue; applicationThemeId: string },
  file: UploadedFile,
  description: string,
  check: CheckedFile,
  limits: { maxFiles: number },
): Promise<UploadOutcome> {
  const { applicationId, theme, applicationThemeId } = target;
  const storageKey = newStorageKey(random, "evidence");
  const { size } = await storage.put(storageKey, { path: file.path });
  try {
    const created = await prisma.$transaction(async (tx) => {
      // Counted again under the application's row lock: two uploads at once cannot pass the limit.
      const open = await tx.application.updateMany({
        where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
        data: { updatedAt: now() },
      });
      if (open.count === 0) return "locked" as const;
      const count = await tx.evidenceFile.count({ where: { applicationThemeId } });
      if (count >= limits.maxFiles) return "full" as const;
      const evidence = await tx.evidenceFile.create({
        data: {
          applicationThemeId,
          storageKey,
          originalName: cleanFileName(file.originalname, 150),
          description,
          contentType: check.contentType,
          kind: check.kind,
          size,
          uploadedById: actor.id,
        },
      });
      await recordAudit(tx, actor.id, "evidence.upload", ["Application", applicationId], {
        after: { theme, file: evidence.originalName, size },
      });
      return evidence;
    });
    if (created === "locked" || created === "full") {
      await storage.delete(storageKey);
      return created === "locked"
        ? { outcome: "locked" }
        : {
            outcome: "invalid",
            errors: { [EVIDENCE_FIELD]: `You can upload up to ${limits.maxFiles} files for each theme.` },
          };
    }
    return { outcome: "added", id: created.id };
  } catch (error) {
    // No row without its file, and no file without its row.
    await storage.delete(storageKey);
    throw error;
  }
}
