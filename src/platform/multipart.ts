import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import { unlink } from "node:fs/promises";
import path from "node:path";
import type { Request, RequestHandler } from "express";
import multer, { type StorageEngine } from "multer";
import { HttpError } from "./errors.js";

/** A file from a multipart form, written to a temporary file and not yet kept. */
export interface UploadedFile {
  fieldname: string;
  /** The name the browser sent, exactly as sent: clean it before showing it. */
  originalname: string;
  /** What the browser claims; never trusted for the type. */
  mimetype: string;
  path: string;
  /** Bytes received; for a file over the limit, how many arrived before it was cut off. */
  size: number;
  /** True when the file was larger than the limit and was not kept. */
  tooLarge: boolean;
}

/**
 * Streams each file to a temporary file, counting bytes. A file over the limit is not written
 * beyond the limit and not kept, but the rest of the form is still read, so the page can show an
 * error beside the file field and keep every other answer.
 */
class TemporaryFileStorage implements StorageEngine {
  constructor(
    private readonly folder: string,
    private readonly maxFileBytes: number,
  ) {}

  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<UploadedFile>) => void,
  ): void {
    const target = path.join(this.folder, `${randomBytes(16).toString("hex")}.part`);
    const out = createWriteStream(target, { flags: "wx" });
    let size = 0;
    let tooLarge = false;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      out.destroy();
      void unlink(target).catch(() => undefined);
      callback(error);
    };
    file.stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) return;
      if (size > this.maxFileBytes) {
        tooLarge = true;
        out.end();
        return;
      }
      if (!out.write(chunk)) {
        file.stream.pause();
        out.once("drain", () => file.stream.resume());
      }
    });
    file.stream.on("error", fail);
    out.on("error", fail);
    file.stream.on("end", () => {
      if (failed) return;
      out.end(() => {
        if (tooLarge) {
          void unlink(target).then(
            () => callback(undefined, { path: "", size, tooLarge: true }),
            () => callback(undefined, { path: "", size, tooLarge: true }),
          );
        } else {
          callback(undefined, { path: target, size, tooLarge: false });
        }
      });
    });
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    if (!file.path) return callback(null);
    unlink(file.path).then(
      () => callback(null),
      () => callback(null),
    );
  }
}

const MALFORMED =
  "The form could not be read because it arrived damaged or incomplete. Nothing was saved from it: go back and send it again.";

export interface MultipartOptions {
  temporaryFolder: string;
  maxFileBytes: number;
  maxFiles: number;
  maxFieldBytes: number;
  /** Checked when a file starts: the CSRF token field comes before the file inputs in every form. */
  acceptFilesFor(req: Request): boolean;
}

/**
 * Parses multipart forms before CSRF protection runs, so that uploads are protected like any
 * other form. Files arrive only for requests whose token is valid so far; whatever the route does
 * not keep is deleted when the response ends.
 */
export function multipartParser(options: MultipartOptions): RequestHandler {
  mkdirSync(options.temporaryFolder, { recursive: true });
  const parse = multer({
    storage: new TemporaryFileStorage(options.temporaryFolder, options.maxFileBytes),
    // Browsers send file names as UTF-8 without saying so; read them that way (Siân, not SiÃ¢n).
    defParamCharset: "utf8",
    limits: {
      files: options.maxFiles,
      fields: 500,
      fieldSize: options.maxFieldBytes,
      // No fileSize limit: a file over the limit is read to its end but not kept (see above), so
      // the rest of the form survives. The server's request timeout bounds how long that can take.
    },
    fileFilter: (req, _file, callback) => callback(null, options.acceptFilesFor(req)),
    // Keep the name exactly as sent, folders and all, so that a name with a path can be refused
    // rather than silently changed; routes clean names before showing them.
    preservePath: true,
  }).any();

  return (req, res, next) => {
    if (!req.is("multipart/form-data")) return next();
    res.on("close", () => {
      const files = (req.files as UploadedFile[] | undefined) ?? [];
      for (const file of files) if (file.path) void unlink(file.path).catch(() => undefined);
    });
    parse(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError) {
        const message =
          error.code === "LIMIT_FILE_COUNT"
            ? `You can upload up to ${options.maxFiles} files at a time.`
            : error.code === "LIMIT_FILE_SIZE"
              ? "The file is far larger than the portal accepts."
              : "The form could not be read. Try again.";
        return next(new HttpError(error.code === "LIMIT_FILE_SIZE" ? 413 : 400, message, error.code));
      }
      // Anything else the parser could not make sense of (a damaged part header, a missing
      // boundary, a body cut short) is the sender's fault, never the portal's: 400, nothing kept.
      next(new HttpError(400, MALFORMED, "malformed-multipart"));
    });
  };
}
