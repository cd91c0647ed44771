import path from "node:path";
import { fromRoot } from "../paths.js";

/** Turns `file:./data/portal.db` (relative to the project root) or `file:/abs/x.db` into a path. */
export function sqliteFilePath(url: string): string {
  const withoutScheme = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (withoutScheme === ":memory:") return withoutScheme;
  return path.isAbsolute(withoutScheme) ? withoutScheme : fromRoot(withoutScheme);
}
