import type { Writable } from "node:stream";
import { recordAudit } from "../../platform/audit.js";
import { writeArchive, type GatheredArchive } from "./archive.js";
import type { SubjectAccessDeps } from "./deps.js";
import { findOwnOrganisation } from "./find-subject.js";
import { organisationArchive } from "./organisation-archive.js";
import { personArchive } from "./person-archive.js";

export interface SubjectAccessDownload {
  fileName: string;
  /** Streams the archive; the download has already been written to the audit log. */
  writeTo(out: Writable): Promise<void>;
}

async function prepared(
  deps: SubjectAccessDeps,
  actorId: string,
  gathered: GatheredArchive | null,
): Promise<SubjectAccessDownload | null> {
  if (!gathered) return null;
  // Recorded before the first byte goes, so that no download is ever missing from the log.
  await recordAudit(deps.prisma, actorId, "subject-access.download", [gathered.subject.type, gathered.subject.id], {
    after: {
      files: gathered.fileCount,
      entries: gathered.plan.entries.filter((e) => e.kind !== "file").map((e) => e.name),
    },
  });
  return {
    fileName: gathered.plan.fileName,
    writeTo: (out) => writeArchive(gathered.plan, deps.storage, out, deps.now()),
  };
}

/** The lead's download of everything held about a person. */
export async function personDownload(deps: SubjectAccessDeps, actorId: string, userId: string) {
  return prepared(deps, actorId, await personArchive(deps, userId));
}

/** The lead's download of everything held about an organisation. */
export async function organisationDownload(deps: SubjectAccessDeps, actorId: string, organisationId: string) {
  return prepared(deps, actorId, await organisationArchive(deps, organisationId));
}

/** An owner's download of their own organisation; for anyone else the organisation does not exist. */
export async function ownOrganisationDownload(deps: SubjectAccessDeps, userId: string, organisationId: string) {
  const org = await findOwnOrganisation(deps, userId, organisationId);
  if (!org) return null;
  return organisationDownload(deps, userId, org.id);
}
