import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import {
  checkFile,
  cleanFileName,
  describeKinds,
  formatFileSize,
  FILE_KINDS,
  type FileKind,
} from "../../platform/file-checks.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { newStorageKey, type FileStorage } from "../../platform/storage.js";
import type { FieldErrors } from "../../platform/validation.js";
import type { SettingsService } from "../settings/index.js";
import { type Actor, EDITABLE_STATUSES, type ThemeValue } from "./types.js";

export const EVIDENCE_KINDS: readonly FileKind[] = [
  "pdf",
  "docx",
  "xlsx",
  "pptx",
  "odt",
  "ods",
  "odp",
  "csv",
  "png",
  "jpeg",
];
export const EVIDENCE_FIELD = "evidenceFile";
export const EVIDENCE_DESCRIPTION_FIELD = "evidenceDescription";

export interface EvidenceView {
  id: string;
  name: string;
  description: string;
  size: string;
  label: string;
  uploadedAt: Date;
}

export type UploadOutcome =
  { outcome: "added"; id: string } | { outcome: "invalid"; errors: FieldErrors } | { outcome: "locked" };

// A name with folders or control characters in it is refused rather than quietly changed, so
// that what the organisation sees listed is what it chose.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[/\\\u0000-\u001f\u007f]/;

export function toEvidenceView(file: {
  id: string;
  originalName: string;
  description: string;
  size: number;
  kind: string;
  createdAt: Date;
}): EvidenceView {
  return {
    id: file.id,
    name: file.originalName,
    description: file.description,
    size: formatFileSize(file.size),
    label: FILE_KINDS[file.kind as FileKind]?.label ?? file.kind,
    uploadedAt: file.createdAt,
  };
}

export function createEvidenceService(deps: {
  prisma: Db;
  storage: FileStorage;
  settings: SettingsService;
  /** True when the user is an assessor currently assigned to the application. */
  isAssignedAssessor?: (userId: string, applicationId: string) => Promise<boolean>;
}) {
  const { prisma, storage } = deps;

  async function editableTheme(actor: Actor, applicationId: string, theme: ThemeValue) {
    const row = await prisma.applicationTheme.findFirst({
      where: { applicationId, theme, application: { organisation: { members: { some: { userId: actor.id } } } } },
      include: { application: true, _count: { select: { evidence: true } } },
    });
    if (!row || !row.application.chosenThemes.split(",").includes(theme)) return null;
    return row;
  }

  return {
    /** Validates and keeps one uploaded file. The temporary file is moved into storage or left to be cleaned up. */
    async add(
      actor: Actor,
      applicationId: string,
      theme: ThemeValue,
      file: UploadedFile,
      description: string,
    ): Promise<UploadOutcome | null> {
      const row = await editableTheme(actor, applicationId, theme);
      if (!row) return null;
      if (!(EDITABLE_STATUSES as readonly string[]).includes(row.application.status)) return { outcome: "locked" };
      const { award } = await deps.settings.all();
      const maxBytes = award.maxFileMegabytes * 1024 * 1024;
      const errors: FieldErrors = {};
      const fileError = (message: string) => (errors[EVIDENCE_FIELD] ??= message);
      let checked: Awaited<ReturnType<typeof checkFile>> | undefined;

      if (row._count.evidence >= award.maxFilesPerTheme) {
        fileError(
          `You can upload up to ${award.maxFilesPerTheme} files for each theme. Remove one before adding another.`,
        );
      } else if (UNSAFE_NAME.test(file.originalname)) {
        fileError("The file name must not include a folder path or hidden characters. Rename the file and try again.");
      } else if (file.tooLarge || file.size > maxBytes) {
        fileError(`The selected file must be smaller than ${formatFileSize(maxBytes)}`);
      } else {
        checked = await checkFile(file.path, file.originalname, EVIDENCE_KINDS);
        if (!checked.ok) {
          fileError(
            checked.problem === "empty"
              ? "The selected file is empty"
              : checked.problem === "extension"
                ? `The selected file must be a ${describeKinds(EVIDENCE_KINDS)}`
                : "The selected file's content does not match its name. Check it is the right file, saved in the format its name says.",
          );
        }
      }
      if (description.length === 0) errors[EVIDENCE_DESCRIPTION_FIELD] = "Enter a short description of the file";
      else if (description.length > 300)
        errors[EVIDENCE_DESCRIPTION_FIELD] = "Description must be 300 characters or fewer";
      if (Object.keys(errors).length > 0 || !checked?.ok) return { outcome: "invalid", errors };
      const check = checked;
      const storageKey = newStorageKey("evidence");
      const { size } = await storage.put(storageKey, { path: file.path });
      try {
        const created = await prisma.$transaction(async (tx) => {
          // Counted again under the application's row lock: two uploads at once cannot pass the limit.
          const open = await tx.application.updateMany({
            where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
            data: { updatedAt: new Date() },
          });
          if (open.count === 0) return "locked" as const;
          const count = await tx.evidenceFile.count({ where: { applicationThemeId: row.id } });
          if (count >= award.maxFilesPerTheme) return "full" as const;
          const evidence = await tx.evidenceFile.create({
            data: {
              applicationThemeId: row.id,
              storageKey,
              originalName: cleanFileName(file.originalname, 150),
              description,
              contentType: check.contentType,
              kind: check.kind,
              size,
              uploadedById: actor.id,
            },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "evidence.upload",
            subjectType: "Application",
            subjectId: applicationId,
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
                errors: { [EVIDENCE_FIELD]: `You can upload up to ${award.maxFilesPerTheme} files for each theme.` },
              };
        }
        return { outcome: "added", id: created.id };
      } catch (error) {
        // No row without its file, and no file without its row.
        await storage.delete(storageKey);
        throw error;
      }
    },

    async remove(
      actor: Actor,
      applicationId: string,
      theme: ThemeValue,
      fileId: string,
    ): Promise<"removed" | "locked" | null> {
      const row = await editableTheme(actor, applicationId, theme);
      if (!row) return null;
      const file = await prisma.evidenceFile.findFirst({ where: { id: fileId, applicationThemeId: row.id } });
      if (!file) return null;
      const result = await prisma.$transaction(async (tx) => {
        const open = await tx.application.updateMany({
          where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
          data: { updatedAt: new Date() },
        });
        if (open.count === 0) return "locked" as const;
        await tx.evidenceFile.delete({ where: { id: file.id } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "evidence.remove",
          subjectType: "Application",
          subjectId: applicationId,
          before: { theme, file: file.originalName, size: file.size },
        });
        return "removed" as const;
      });
      if (result === "removed") await storage.delete(file.storageKey);
      return result;
    },

    /** The file, if this user may download it: a member of the organisation, the lead, or an assigned assessor. */
    async forDownload(user: { id: string; role: string }, fileId: string) {
      const file = await prisma.evidenceFile.findUnique({
        where: { id: fileId },
        include: {
          applicationTheme: {
            include: {
              application: { include: { organisation: { include: { members: { where: { userId: user.id } } } } } },
            },
          },
        },
      });
      if (!file) return null;
      const application = file.applicationTheme.application;
      const allowed =
        user.role === "PROGRAMME_LEAD" ||
        (user.role === "APPLICANT" && application.organisation.members.length > 0) ||
        (user.role === "ASSESSOR" &&
          deps.isAssignedAssessor !== undefined &&
          (await deps.isAssignedAssessor(user.id, application.id)));
      if (!allowed) return null;
      return { storageKey: file.storageKey, fileName: file.originalName, contentType: file.contentType };
    },

    /** Copies stored files for a new application's themes; returns the rows to create, keyed by theme. */
    async copyFor(
      previousThemes: {
        theme: ThemeValue;
        evidence: {
          storageKey: string;
          originalName: string;
          description: string;
          contentType: string;
          kind: string;
          size: number;
        }[];
      }[],
    ) {
      const copied: string[] = [];
      try {
        const byTheme = new Map<
          ThemeValue,
          {
            storageKey: string;
            originalName: string;
            description: string;
            contentType: string;
            kind: string;
            size: number;
          }[]
        >();
        for (const theme of previousThemes) {
          const rows = [];
          for (const file of theme.evidence) {
            const stored = await storage.get(file.storageKey);
            if (!stored) continue;
            const key = newStorageKey("evidence");
            await storage.put(key, stored.stream);
            copied.push(key);
            rows.push({
              storageKey: key,
              originalName: file.originalName,
              description: file.description,
              contentType: file.contentType,
              kind: file.kind,
              size: file.size,
            });
          }
          byTheme.set(theme.theme, rows);
        }
        return { byTheme, discard: () => Promise.all(copied.map((key) => storage.delete(key))).then(() => undefined) };
      } catch (error) {
        await Promise.all(copied.map((key) => storage.delete(key)));
        throw error;
      }
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
