import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { Random } from "../../platform/random.js";
import type { FileStorage } from "../../platform/storage.js";
import type { SettingsService } from "../settings/index.js";
import type { EvidenceService } from "./evidence/service.js";

/** What the applications use cases run on. */
export interface ApplicationsDeps {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  evidence: EvidenceService;
  now: Clock;
}

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
