import { checkFile, cleanFileName, describeKinds, formatFileSize, type FileKind } from "../../platform/file-checks.js";
import type { UploadedFile } from "../../platform/multipart.js";

/** Files a page may offer for download. */
export const ATTACHMENT_KINDS: readonly FileKind[] = ["pdf", "docx", "pptx", "xlsx", "odt", "odp"];

export type CheckedUpload =
  { ok: true; fileName: string; contentType: string; extension: string } | { ok: false; message: string };

function uploadProblem(file: UploadedFile | undefined, maxBytes: number): string | null {
  if (!file) return "Select a file";
  if (file.tooLarge || file.size > maxBytes) return `The file must be smaller than ${formatFileSize(maxBytes)}`;
  return null;
}

/** Whether an uploaded file may be offered on a page: its size, and a type its content bears out. */
export async function checkUpload(file: UploadedFile | undefined, maxBytes: number): Promise<CheckedUpload> {
  const problem = uploadProblem(file, maxBytes);
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
