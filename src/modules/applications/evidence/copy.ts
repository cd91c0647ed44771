import { newStorageKey } from "../../../platform/storage.js";
import type { EvidenceDeps } from "./deps.js";
import type { ThemeValue } from "../types.js";
import type { EvidenceCopy } from "./files.js";

/** Copies stored files for a new application's themes; returns the rows to create, keyed by theme. */
export async function copyFor(
  { storage, random }: EvidenceDeps,
  previousThemes: { theme: ThemeValue; evidence: EvidenceCopy[] }[],
) {
  const copied: string[] = [];
  try {
    const byTheme = new Map<ThemeValue, EvidenceCopy[]>();
    for (const theme of previousThemes) {
      const rows: EvidenceCopy[] = [];
      for (const file of theme.evidence) {
        const stored = await storage.get(file.storageKey);
        if (!stored) continue;
        const key = newStorageKey(random, "evidence");
        await storage.put(key, stored.stream);
        copied.push(key);
        rows.push({
          storageKey: key,
          originalName: file.originalName,
          description: file.description,
          contentType: file.contentType,
          kind: file.kind,
          size: file.size,
        });
      }
      byTheme.set(theme.theme, rows);
    }
    return { byTheme, discard: () => Promise.all(copied.map((key) => storage.delete(key))).then(() => undefined) };
  } catch (error) {
    await Promise.all(copied.map((key) => storage.delete(key)));
    throw error;
  }
}
