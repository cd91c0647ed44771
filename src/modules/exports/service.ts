// The exports area's use cases gathered into the service the composition root builds.
import { exportDefinitions } from "./catalogue.js";
import type { ExportKey } from "./definition.js";
import { exportsDeps, type ExportsOptions } from "./deps.js";
import { list } from "./list.js";
import { open } from "./open.js";

export { EXPORT_KEYS, type ExportKey } from "./definition.js";
export { EXPORT_BATCH_SIZE } from "./deps.js";

/** The lead's CSV exports: each read in batches of `batchSize` rows, in order of id. */
export function createExportsService(options: ExportsOptions) {
  const deps = exportsDeps(options);
  const definitions = exportDefinitions(deps.prisma);
  return {
    list: () => list(definitions),
    open: (key: ExportKey, actorId: string) => open(deps, definitions, key, actorId),
  };
}

export type ExportsService = ReturnType<typeof createExportsService>;
