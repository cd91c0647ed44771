import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { SettingsService } from "../settings/index.js";

/** Rows read from the database at a time. */
export const EXPORT_BATCH_SIZE = 500;

/** What every export use case is given first. */
export interface ExportsDeps {
  prisma: Db;
  settings: SettingsService;
  batchSize: number;
  now: Clock;
}

/** What the composition root passes; the batch size has a default. */
export type ExportsOptions = Omit<ExportsDeps, "batchSize"> & { batchSize?: number };

export function exportsDeps(options: ExportsOptions): ExportsDeps {
  return { ...options, batchSize: options.batchSize ?? EXPORT_BATCH_SIZE };
}
