import type { Db } from "../../platform/db/index.js";
import type { FileStorage } from "../../platform/storage.js";

/** What the content area's use cases run on. */
export interface ContentDeps {
  prisma: Db;
  storage: FileStorage;
  /** The largest file a page may offer, in bytes. */
  uploadMaxBytes: number;
  now: () => Date;
}

export function contentDeps(
  prisma: Db,
  storage: FileStorage,
  options: { uploadMaxBytes: number; now?: () => Date },
): ContentDeps {
  return { prisma, storage, uploadMaxBytes: options.uploadMaxBytes, now: options.now ?? (() => new Date()) };
}

/** A transaction's client, as Prisma hands it to the callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
