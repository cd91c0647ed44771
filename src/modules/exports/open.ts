import { recordAudit } from "../../platform/audit.js";
import { inBatches } from "../../platform/batches.js";
import type { CsvValue } from "../../platform/csv.js";
import { csvFileName, type CsvDownload } from "../../platform/csv-stream.js";
import { rulesFrom } from "../assessment/index.js";
import type { ExportDefinitions } from "./catalogue.js";
import type { BatchContext, ExportDefinition, ExportKey } from "./definition.js";
import type { ExportsDeps } from "./deps.js";

function rowsOf<R extends { id: string }>(
  definition: ExportDefinition<R>,
  context: Omit<BatchContext, "after" | "take">,
  batchSize: number,
) {
  async function* rows(): AsyncGenerator<CsvValue[]> {
    const source = inBatches((id, take) => definition.batch({ ...context, after: id, take }), batchSize);
    for await (const row of source) yield definition.columns.map((column) => column.value(row));
  }
  return rows();
}

/**
 * Opens an export for the lead: records who exported what before any row is read, then gives
 * back the file's name, its header and its rows, to stream.
 */
export async function open(
  deps: ExportsDeps,
  definitions: ExportDefinitions,
  key: ExportKey,
  actorId: string,
): Promise<CsvDownload> {
  const at = deps.now();
  const fileName = csvFileName(key, at);
  await recordAudit(deps.prisma, actorId, "export.download", ["Export", key], {
    after: { export: key, file: fileName },
  });
  const context = { rules: rulesFrom(await deps.settings.all()), now: at };
  const definition: ExportDefinition<{ id: string }> = definitions[key] as never;
  return {
    fileName,
    header: definition.columns.map((c) => c.header),
    rows: rowsOf(definition, context, deps.batchSize),
  };
}
