import type { Db, Prisma } from "../../platform/db/index.js";
import { THEMES } from "../programme/index.js";
import { toEvidenceView } from "./evidence/files.js";
import { EDITABLE_STATUSES } from "./types.js";
import {
  chosenThemesOf,
  ORG_DETAIL_FIELDS,
  sectionStatus,
  type ApplicationView,
  type OrgDetails,
  type ThemeView,
} from "./view.js";

const withThemes = { themes: { include: { evidence: { orderBy: { createdAt: "asc" as const } } } } };
export type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof withThemes }>;

export const isEditable = (status: string) => (EDITABLE_STATUSES as readonly string[]).includes(status);

/** The application, if the user is a member of the organisation it belongs to. */
export async function loadForMember(prisma: Db, userId: string, applicationId: string): Promise<ApplicationRow | null> {
  return prisma.application.findFirst({
    where: { id: applicationId, organisation: { members: { some: { userId } } } },
    include: withThemes,
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

function themeViews(row: ApplicationRow): ThemeView[] {
  const chosen = chosenThemesOf(row.chosenThemes);
  return THEMES.filter((t) => chosen.includes(t.value)).map((t) => {
    const stored = row.themes.find((theme) => theme.theme === t.value);
    return {
      theme: t.value,
      whatChanged: stored?.whatChanged ?? "",
      difference: stored?.difference ?? "",
      stakeholderCount: stored?.stakeholderCount ?? "",
      places: stored?.places ?? "",
      startMonth: stored?.startMonth ?? "",
      startYear: stored?.startYear ?? "",
      endMonth: stored?.endMonth ?? "",
      endYear: stored?.endYear ?? "",
      marmotPrinciples: stored?.marmotPrinciples ?? "",
      status: sectionStatus(stored?.startedAt ?? null, stored?.completedAt ?? null),
      version: stored?.version ?? 0,
      evidence: (stored?.evidence ?? []).map(toEvidenceView),
    };
  });
}

export function toView(row: ApplicationRow): ApplicationView {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    organisationId: row.organisationId,
    editable: isEditable(row.status),
    live: row.liveKey !== null,
    orgDetails: Object.fromEntries(ORG_DETAIL_FIELDS.map((f) => [f, row[f]])) as unknown as OrgDetails,
    orgDetailsStatus: sectionStatus(row.orgDetailsStartedAt, row.orgDetailsCompletedAt),
    orgDetailsVersion: row.orgDetailsVersion,
    chosenThemes: chosenThemesOf(row.chosenThemes),
    themesStatus: sectionStatus(row.themesStartedAt, row.themesCompletedAt),
    themesVersion: row.themesVersion,
    themes: themeViews(row),
    declaration: {
      declarationName: row.declarationName,
      declarationRole: row.declarationRole,
      declarationConfirmed: row.declarationConfirmed,
    },
    declarationStatus: sectionStatus(row.declarationStartedAt, row.declarationCompletedAt),
    declarationVersion: row.declarationVersion,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalReason: row.withdrawalReason,
    copiedFromId: row.copiedFromId,
  };
}
