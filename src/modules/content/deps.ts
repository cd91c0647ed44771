import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Random } from "../../platform/random.js";
import type { FileStorage } from "../../platform/storage.js";

/** What the content area's use cases run on. */
export interface ContentDeps {
  prisma: Db;
  storage: FileStorage;
  /** The largest file a page may offer, in bytes. */
  uploadMaxBytes: number;
  now: Clock;
  random: Random;
}

export type { Tx } from "../../platform/db/index.js";
