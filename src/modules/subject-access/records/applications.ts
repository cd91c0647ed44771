// Applications, answers and evidence files: every answer as typed, and the files uploaded.
import type { Db, Prisma } from "../../../platform/db/index.js";
import type { FileStorage } from "../../../platform/storage.js";
import { splitList } from "../../../platform/text.js";
import { UniqueNames, type ArchiveEntry } from "../archive.js";
import { iso } from "./format.js";

const APPLICATION_INCLUDE = {
  organisation: { select: { id: true, name: true } },
  themes: { include: { evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } },
  decisions: { orderBy: [{ decidedAt: "asc" }, { id: "asc" }], include: { appeal: true } },
  award: true,
  // The reviews that count, as the decision panel counts them.
  assignments: {
    where: { status: "ACTIVE", reviewStatus: "SUBMITTED" },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    include: { scores: { orderBy: [{ theme: "asc" }, { criterion: "asc" }] } },
  },
} as const satisfies Prisma.ApplicationInclude;

export function loadApplications(prisma: Db, where: Prisma.ApplicationWhereInput) {
  return prisma.application.findMany({
    where,
    include: APPLICATION_INCLUDE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export type LoadedApplication = Awaited<ReturnType<typeof loadApplications>>[number];

/** The applications a person took part in, whichever organisation they were for. */
export const applicationsOfPerson = (prisma: Db, userId: string) =>
  loadApplications(prisma, {
    OR: [
      { createdById: userId },
      { submittedById: userId },
      { withdrawnById: userId },
      { themes: { some: { updatedById: userId } } },
      { themes: { some: { evidence: { some: { uploadedById: userId } } } } },
      { decisions: { some: { appeal: { submittedById: userId } } } },
    ],
  });

/** What the person did on the application, in words. */
export function involvement(application: LoadedApplication, userId: string): string[] {
  const parts: string[] = [];
  if (application.createdById === userId) parts.push("started it");
  if (application.themes.some((t) => t.updatedById === userId)) parts.push("answered or edited a theme");
  if (application.themes.some((t) => t.evidence.some((e) => e.uploadedById === userId)))
    parts.push("uploaded evidence");
  if (application.submittedById === userId) parts.push("submitted it");
  if (application.withdrawnById === userId) parts.push("withdrew it");
  if (application.decisions.some((d) => d.appeal?.submittedById === userId)) parts.push("appealed a decision");
  return parts;
}

const byTheme = (themes: LoadedApplication["themes"]) => themes.slice().sort((a, b) => a.theme.localeCompare(b.theme));

export function applicationRecord(application: LoadedApplication, yourPart?: string[]) {
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    organisation: { id: application.organisation.id, name: application.organisation.name },
    ...(yourPart ? { yourPart } : {}),
    startedAt: iso(application.createdAt),
    submittedAt: iso(application.submittedAt),
    withdrawnAt: iso(application.withdrawnAt),
    withdrawalReason: application.withdrawalReason,
    copiedFromApplicationId: application.copiedFromId,
    organisationDetails: {
      name: application.orgName,
      type: application.orgType,
      registrationNumber: application.orgRegistrationNumber,
      addressLine1: application.orgAddressLine1,
      addressLine2: application.orgAddressLine2,
      town: application.orgTown,
      postcode: application.orgPostcode,
      places: splitList(application.orgPlaces),
      sizeBand: application.orgSizeBand,
      website: application.orgWebsite,
    },
    chosenThemes: splitList(application.chosenThemes),
    themes: byTheme(application.themes).map((theme) => ({
      theme: theme.theme,
      whatChanged: theme.whatChanged,
      difference: theme.difference,
      stakeholderCount: theme.stakeholderCount,
      places: splitList(theme.places),
      start: { month: theme.startMonth, year: theme.startYear },
      end: { month: theme.endMonth, year: theme.endYear },
      marmotPrinciples: splitList(theme.marmotPrinciples),
      completedAt: iso(theme.completedAt),
      updatedAt: iso(theme.updatedAt),
    })),
    declaration: {
      name: application.declarationName,
      role: application.declarationRole,
      confirmed: application.declarationConfirmed,
      completedAt: iso(application.declarationCompletedAt),
    },
  };
}

/** The evidence files' records, with where each file is in the archive, and the files themselves. */
export async function evidenceEntries(
  storage: FileStorage,
  applications: LoadedApplication[],
  include: (file: { uploadedById: string | null }) => boolean,
  uploaderName: (userId: string | null) => string | null,
) {
  const names = new UniqueNames();
  const records: unknown[] = [];
  const files: ArchiveEntry[] = [];
  for (const application of applications) {
    const folder = `files/${application.reference ?? `application-${application.id}`}`;
    for (const theme of byTheme(application.themes)) {
      for (const file of theme.evidence.filter(include)) {
        // Checked before the archive starts, so that the list says truthfully which files are in it.
        const stored = await storage.get(file.storageKey);
        stored?.stream.destroy();
        const name = stored ? names.claim(folder, file.originalName) : null;
        if (name) files.push({ kind: "file", name, storageKey: file.storageKey });
        records.push({
          id: file.id,
          applicationId: application.id,
          applicationReference: application.reference,
          theme: theme.theme,
          originalName: file.originalName,
          description: file.description,
          contentType: file.contentType,
          size: file.size,
          uploadedAt: iso(file.createdAt),
          uploadedBy: uploaderName(file.uploadedById),
          fileInArchive: name,
        });
      }
    }
  }
  return { records, files };
}
