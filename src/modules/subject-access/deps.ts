import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { FileStorage } from "../../platform/storage.js";

/** What every subject access use case is given first. */
export interface SubjectAccessDeps {
  prisma: Db;
  storage: FileStorage;
  now: Clock;
}
