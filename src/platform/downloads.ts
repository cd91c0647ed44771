import type { Response } from "express";
import { attachmentDisposition } from "./file-checks.js";
import { notFound } from "./errors.js";
import type { FileStorage } from "./storage.js";

export interface Download {
  storageKey: string;
  fileName: string;
  contentType: string;
}

/**
 * Streams a stored file as a download: its real type, always as an attachment (never shown
 * inline, so an uploaded file cannot run as a page of this site), and no type sniffing.
 */
export async function sendDownload(
  res: Response,
  storage: FileStorage,
  file: Download,
  cacheControl = "private, no-store",
): Promise<void> {
  const stored = await storage.get(file.storageKey);
  if (!stored) throw notFound();
  res.status(200);
  res.set({
    "Content-Type": file.contentType,
    "Content-Length": String(stored.size),
    "Content-Disposition": attachmentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": cacheControl,
  });
  await new Promise<void>((resolve, reject) => {
    stored.stream.on("error", reject);
    res.on("close", resolve);
    stored.stream.pipe(res);
  });
}
