import type { CsvValue } from "../../platform/csv.js";
import type { ScoringRules } from "../assessment/index.js";

export const EXPORT_KEYS = ["applications", "awards", "charter-signatories", "champions"] as const;
export type ExportKey = (typeof EXPORT_KEYS)[number];

export interface Column<R> {
  header: string;
  /** What the column holds, shown on the exports page. */
  meaning: string;
  value: (row: R) => CsvValue;
}

export interface BatchContext {
  /** The last id of the batch before, if any. */
  after: string | undefined;
  take: number;
  rules: ScoringRules;
  now: Date;
}

export interface ExportDefinition<R extends { id: string }> {
  key: ExportKey;
  title: string;
  summary: string;
  columns: Column<R>[];
  /** One batch of rows, ordered by id, after the given id. */
  batch: (context: BatchContext) => Promise<R[]>;
}
