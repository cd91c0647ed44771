import type { Db } from "../../platform/db/index.js";
import { applications } from "./applications.js";
import { signatories } from "./charter-signatories.js";
import { champions } from "./champions.js";
import type { ExportKey } from "./definition.js";
import { awards } from "./register.js";

/** Every export the lead can download, by its key. */
export function exportDefinitions(prisma: Db) {
  return {
    applications: applications(prisma),
    awards: awards(prisma),
    "charter-signatories": signatories(prisma),
    champions: champions(prisma),
  } satisfies Record<ExportKey, unknown>;
}

export type ExportDefinitions = ReturnType<typeof exportDefinitions>;
