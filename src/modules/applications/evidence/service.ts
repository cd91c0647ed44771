import type { Actor } from "../../../platform/auth.js";
import type { UploadedFile } from "../../../platform/multipart.js";
import type { EvidenceDeps } from "./deps.js";
import type { ThemeValue } from "../types.js";
import { add } from "./add.js";
import { copyFor } from "./copy.js";
import { forDownload } from "./download.js";
import type { EvidenceCopy } from "./files.js";
import { remove } from "./remove.js";

export function createEvidenceService(deps: EvidenceDeps) {
  return {
    add: (actor: Actor, applicationId: string, theme: ThemeValue, file: UploadedFile, description: string) =>
      add(deps, actor, applicationId, theme, file, description),
    remove: (actor: Actor, applicationId: string, theme: ThemeValue, fileId: string) =>
      remove(deps, actor, applicationId, theme, fileId),
    forDownload: (user: { id: string; role: string }, fileId: string) => forDownload(deps, user, fileId),
    copyFor: (previousThemes: { theme: ThemeValue; evidence: EvidenceCopy[] }[]) => copyFor(deps, previousThemes),
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
