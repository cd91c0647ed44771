import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The folder holding package.json, whether running from src/ (tsx, vitest) or dist/. */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

export function fromRoot(...parts: string[]): string {
  return path.resolve(projectRoot, ...parts);
}
