import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
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
