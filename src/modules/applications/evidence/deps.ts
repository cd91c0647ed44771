import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db/index.js";
import type { Random } from "../../../platform/random.js";
import type { FileStorage } from "../../../platform/storage.js";
import type { SettingsService } from "../../settings/index.js";

/** What the evidence use cases run on. */
export interface EvidenceDeps {
  prisma: Db;
  storage: FileStorage;
  settings: SettingsService;
  /** True when the user is an assessor currently assigned to the application. */
  isAssignedAssessor?: (userId: string, applicationId: string) => Promise<boolean>;
  now: Clock;
  random: Random;
}
