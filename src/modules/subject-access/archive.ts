import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import { cleanFileName, extensionOf } from "../../platform/file-checks.js";
import type { FileStorage } from "../../platform/storage.js";

/** One entry of a subject access archive, in the order it is written. */
export type ArchiveEntry =
  | { kind: "json"; name: string; value: unknown }
  | { kind: "text"; name: string; text: string }
  /** JSON written while the archive streams, for lists that can grow long (audit entries). */
  | { kind: "json-lines"; name: string; items: () => AsyncIterable<unknown> }
  | { kind: "file"; name: string; storageKey: string };

export interface ArchivePlan {
  /** The download's file name. */
  fileName: string;
  entries: ArchiveEntry[];
}

/** Everything gathered about one subject, ready to stream. */
export interface GatheredArchive {
  subject: { type: "User" | "Organisation"; id: string; name: string };
  plan: ArchivePlan;
  /** How many stored files the archive holds. */
  fileCount: number;
}

/** Names inside the archive, each unique whatever the case (for file systems that ignore it). */
export class UniqueNames {
  private readonly used = new Set<string>();

  /** `folder/name`, with " (2)", " (3)" … before the extension when that name is taken. */
  claim(folder: string, name: string): string {
    const clean = cleanFileName(name, 150);
    const extension = extensionOf(clean);
    const stem = extension ? clean.slice(0, clean.length - extension.length - 1) : clean;
    for (let n = 1; ; n++) {
      const candidate = `${folder}/${n === 1 ? stem : `${stem} (${n})`}${extension ? `.${extension}` : ""}`;
      if (!this.used.has(candidate.toLowerCase())) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }
}

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, "utf8");

/** A JSON array written an item at a time, so a long list is never held whole in memory. */
function jsonArrayStream(items: AsyncIterable<unknown>): Readable {
  return Readable.from(
    (async function* () {
      let first = true;
      yield Buffer.from("[", "utf8");
      for await (const item of items) {
        yield Buffer.from(`${first ? "\n" : ",\n"}  ${JSON.stringify(item)}`, "utf8");
        first = false;
      }
      yield Buffer.from(first ? "]\n" : "\n]\n", "utf8");
    })(),
    { objectMode: false },
  );
}

/**
 * Streams the archive to `out`: each entry is read only when the archive reaches it, so neither
 * the files nor the archive are held in memory.
 */
export async function writeArchive(plan: ArchivePlan, storage: FileStorage, out: Writable, mtime: Date): Promise<void> {
  const zip = new ZipFile();
  for (const entry of plan.entries) {
    if (entry.kind === "json") zip.addBuffer(json(entry.value), entry.name, { mtime });
    else if (entry.kind === "text") zip.addBuffer(Buffer.from(entry.text, "utf8"), entry.name, { mtime });
    else if (entry.kind === "json-lines") {
      zip.addReadStreamLazy(entry.name, { mtime }, (callback) => callback(null, jsonArrayStream(entry.items())));
    } else {
      const key = entry.storageKey;
      zip.addReadStreamLazy(entry.name, { mtime }, (callback) => {
        storage.get(key).then(
          (stored) =>
            stored ? callback(null, stored.stream) : callback(new Error(`stored file ${key} is missing`), null!),
          (error: unknown) => callback(error, null!),
        );
      });
    }
  }
  zip.end();
  await pipeline(zip.outputStream, out);
}
