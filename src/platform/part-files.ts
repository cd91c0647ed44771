import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * Removes the half-written files (`*.part`) older than `cutoff` under `root`, at any depth: what
 * an upload or a store's write leaves when the process is killed mid-way. A fresh one may belong
 * to an upload still arriving, so only old ones go. Returns how many were removed.
 */
export async function removeStalePartFiles(root: string, cutoff: Date): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      removed += await removeStalePartFiles(full, cutoff);
    } else if (entry.isFile() && entry.name.endsWith(".part")) {
      const info = await stat(full).catch(() => null);
      if (
        info &&
        info.mtime < cutoff &&
        (await unlink(full).then(
          () => true,
          () => false,
        ))
      )
        removed += 1;
    }
  }
  return removed;
}
