import { FILE_KINDS, formatFileSize, type FileKind } from "../../../platform/file-checks.js";
import type { FieldErrors } from "../../../platform/validation.js";

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

/** A stored file as it is copied from one application to the next. */
export interface EvidenceCopy {
  storageKey: string;
  originalName: string;
  description: string;
  contentType: string;
  kind: string;
  size: number;
}

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
