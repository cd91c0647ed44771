import type { Writable } from "node:stream";
import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { FileStorage } from "../../platform/storage.js";
import { writeArchive } from "./archive.js";
import { organisationArchive, personArchive, type GatheredArchive } from "./gather.js";

export interface SubjectAccessDownload {
  fileName: string;
  /** Streams the archive; the download has already been written to the audit log. */
  writeTo(out: Writable): Promise<void>;
}

/** Subject access: everything held about a person or an organisation, as a ZIP of JSON and files. */
export function createSubjectAccessService(deps: { prisma: Db; storage: FileStorage }) {
  const { prisma, storage } = deps;

  async function prepared(actorId: string, gathered: GatheredArchive | null): Promise<SubjectAccessDownload | null> {
    if (!gathered) return null;
    // Recorded before the first byte goes, so that no download is ever missing from the log.
    await recordAudit(prisma, {
      actorId,
      action: "subject-access.download",
      subjectType: gathered.subject.type,
      subjectId: gathered.subject.id,
      after: {
        files: gathered.fileCount,
        entries: gathered.plan.entries.filter((e) => e.kind !== "file").map((e) => e.name),
      },
    });
    return {
      fileName: gathered.plan.fileName,
      writeTo: (out) => writeArchive(gathered.plan, storage, out),
    };
  }

  return {
    async person(userId: string): Promise<{ id: string; name: string } | null> {
      if (typeof userId !== "string" || userId.length > 64) return null;
      const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, fullName: true } });
      return user && { id: user.id, name: user.fullName };
    },

    async organisation(organisationId: string): Promise<{ id: string; name: string } | null> {
      if (typeof organisationId !== "string" || organisationId.length > 64) return null;
      const org = await prisma.organisation.findUnique({
        where: { id: organisationId },
        select: { id: true, name: true },
      });
      return org && { id: org.id, name: org.name };
    },

    /** The organisation, only when `userId` is its owner: for anyone else it does not exist. */
    async organisationForOwner(userId: string, organisationId: string): Promise<{ id: string; name: string } | null> {
      if (typeof organisationId !== "string" || organisationId.length > 64) return null;
      const membership = await prisma.membership.findUnique({
        where: { userId_organisationId: { userId, organisationId } },
        include: { organisation: { select: { id: true, name: true } } },
      });
      return membership?.isOwner ? membership.organisation : null;
    },

    async personDownload(actorId: string, userId: string) {
      return prepared(actorId, await personArchive(prisma, storage, userId));
    },

    async organisationDownload(actorId: string, organisationId: string) {
      return prepared(actorId, await organisationArchive(prisma, storage, organisationId));
    },
  };
}

export type SubjectAccessService = ReturnType<typeof createSubjectAccessService>;
