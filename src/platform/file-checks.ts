import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";

/** The kinds of file the portal accepts somewhere, with what each is served as. */
export const FILE_KINDS = {
  pdf: { extensions: ["pdf"], contentType: "application/pdf", label: "PDF" },
  docx: {
    extensions: ["docx"],
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word document",
  },
  xlsx: {
    extensions: ["xlsx"],
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel spreadsheet",
  },
  pptx: {
    extensions: ["pptx"],
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint presentation",
  },
  odt: { extensions: ["odt"], contentType: "application/vnd.oasis.opendocument.text", label: "OpenDocument text" },
  ods: {
    extensions: ["ods"],
    contentType: "application/vnd.oasis.opendocument.spreadsheet",
    label: "OpenDocument spreadsheet",
  },
  odp: {
    extensions: ["odp"],
    contentType: "application/vnd.oasis.opendocument.presentation",
    label: "OpenDocument presentation",
  },
  csv: { extensions: ["csv"], contentType: "text/csv; charset=utf-8", label: "CSV" },
  png: { extensions: ["png"], contentType: "image/png", label: "PNG image" },
  jpeg: { extensions: ["jpg", "jpeg"], contentType: "image/jpeg", label: "JPEG image" },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** What file-type reports for each kind (its `ext`). */
const DETECTED_AS: Record<Exclude<FileKind, "csv">, string> = {
  pdf: "pdf",
  docx: "docx",
  xlsx: "xlsx",
  pptx: "pptx",
  odt: "odt",
  ods: "ods",
  odp: "odp",
  png: "png",
  jpeg: "jpg",
};

export type FileCheck =
  | { ok: true; kind: FileKind; extension: string; contentType: string; label: string }
  | { ok: false; problem: "empty" | "extension" | "content" };

/** The extension of a file name, lower-cased, without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match?.[1] ? match[1].toLowerCase() : "";
}

/** Human list of what `allowed` accepts, for error messages: "PDF, DOCX or PPTX". */
export function describeKinds(allowed: readonly FileKind[]): string {
  const names = allowed.map((kind) => kind.toUpperCase());
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/**
 * Checks a file on disk: its name must end in an extension of an allowed kind, and its content
 * must really be that kind (read from the bytes, not the name or the browser's claim).
 */
export async function checkFile(
  filePath: string,
  originalName: string,
  allowed: readonly FileKind[],
): Promise<FileCheck> {
  const extension = extensionOf(originalName);
  const kind = allowed.find((candidate) => (FILE_KINDS[candidate].extensions as readonly string[]).includes(extension));
  if (!kind) return { ok: false, problem: "extension" };
  const { size } = await stat(filePath);
  if (size === 0) return { ok: false, problem: "empty" };

  const matches = kind === "csv" ? await isPlainUtf8Text(filePath) : await detectedAs(filePath, DETECTED_AS[kind]);
  if (!matches) return { ok: false, problem: "content" };
  const info = FILE_KINDS[kind];
  return { ok: true, kind, extension, contentType: info.contentType, label: info.label };
}

async function detectedAs(filePath: string, expected: string): Promise<boolean> {
  const detected = await fileTypeFromFile(filePath);
  return detected?.ext === expected;
}

/** Valid UTF-8 throughout, no NUL bytes, and not a binary format that file-type recognises. */
async function isPlainUtf8Text(filePath: string): Promise<boolean> {
  if (await fileTypeFromFile(filePath)) return false;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(filePath)) {
      const bytes = chunk as Buffer;
      if (bytes.includes(0)) return false;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * A file name fit for showing and for a download's filename: no folders, no control or
 * formatting characters, no leading dots, collapsed spaces, at most `maxLength` characters with
 * the extension kept.
 */
export function cleanFileName(name: string, maxLength = 100): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  let cleaned = base
    .normalize("NFC")
    // Control characters, and bidirectional and zero-width formatting that can disguise a name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned.length > maxLength) {
    const extension = extensionOf(cleaned);
    const keep = extension ? maxLength - extension.length - 1 : maxLength;
    cleaned = `${[...cleaned.slice(0, cleaned.length - (extension ? extension.length + 1 : 0))].slice(0, keep).join("").trim()}${extension ? `.${extension}` : ""}`;
  }
  return cleaned || "file";
}

/**
 * The Content-Disposition header for downloading a file as `fileName`: attachment, an ASCII
 * fallback filename, and the full name as RFC 5987 filename*.
 */
export function attachmentDisposition(fileName: string): string {
  const clean = cleanFileName(fileName);
  const ascii = clean
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** "1.2 MB", "340 KB", "12 bytes". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
