import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Random } from "./random.js";

/** A stored file as read back: its bytes as a stream, and how many there are. */
export interface StoredFile {
  stream: Readable;
  size: number;
}

/**
 * Where uploaded files are kept. Keys come from newStorageKey(), never from a person's file name,
 * so nothing a visitor sends decides a path. Local disk today; an S3-compatible store implements
 * the same three methods (put as an upload, get as a streamed GetObject, delete).
 */
export interface FileStorage {
  /** Stores a file under `key` from a readable stream or a temporary file (which is moved). */
  put(key: string, source: Readable | { path: string }): Promise<{ size: number }>;
  /** The file under `key`, or null when there is none. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file under `key`; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** A fresh random key, such as "attachments/3f9c…": lower-case letters, digits, "-" and "/". */
export function newStorageKey(random: Random, prefix: string): string {
  if (!KEY.test(prefix)) throw new Error(`Storage key prefix "${prefix}" is not allowed`);
  return `${prefix}/${random.bytes(16).toString("hex")}`;
}

export function isStorageKey(key: string): boolean {
  return key.length <= 200 && KEY.test(key);
}

function checkedKey(key: string): string {
  if (!isStorageKey(key)) throw new Error("Invalid storage key");
  return key;
}

/** Files under `root` (UPLOAD_DIR/files), outside anything served statically. */
export function createLocalStorage(root: string): FileStorage {
  const folder = path.resolve(root);
  const fileFor = (key: string) => path.join(folder, ...checkedKey(key).split("/"));

  return {
    async put(key, source) {
      const target = fileFor(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside the target, then renamed, so a reader never sees half a file.
      const partial = `${target}.${randomBytes(6).toString("hex")}.part`;
      try {
        if (source instanceof Readable) {
          await pipeline(source, createWriteStream(partial, { flags: "wx" }));
        } else {
          try {
            await rename(source.path, partial);
          } catch {
            // A temporary folder on another volume: copy, then remove the original.
            await copyFile(source.path, partial);
            await unlink(source.path).catch(() => undefined);
          }
        }
        await rename(partial, target);
      } catch (error) {
        await unlink(partial).catch(() => undefined);
        throw error;
      }
      return { size: (await stat(target)).size };
    },

    async get(key) {
      if (!isStorageKey(key)) return null;
      const file = fileFor(key);
      try {
        const { size } = await stat(file);
        return { stream: createReadStream(file), size };
      } catch {
        return null;
      }
    },

    async delete(key) {
      await unlink(fileFor(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
    },
  };
}
