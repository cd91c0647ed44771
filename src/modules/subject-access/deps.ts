import type { Db } from "../../platform/db/index.js";
import type { FileStorage } from "../../platform/storage.js";

/** What every subject access use case is given first. */
export interface SubjectAccessDeps {
  prisma: Db;
  storage: FileStorage;
  now: () => Date;
}

/** What the composition root passes; the clock is the real one unless a caller gives its own. */
export type SubjectAccessOptions = Omit<SubjectAccessDeps, "now"> & { now?: () => Date };

export function subjectAccessDeps(options: SubjectAccessOptions): SubjectAccessDeps {
  return { ...options, now: options.now ?? (() => new Date()) };
}
