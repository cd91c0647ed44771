import type { ApplicationStatusValue, ThemeValue } from "./types.js";
import type { EvidenceView } from "./evidence/files.js";
import { splitList } from "../../platform/text.js";

export type SectionStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";

export function sectionStatus(startedAt: Date | null, completedAt: Date | null): SectionStatus {
  if (completedAt) return "COMPLETED";
  return startedAt ? "IN_PROGRESS" : "NOT_STARTED";
}

export interface ThemeAnswers {
  whatChanged: string;
  difference: string;
  stakeholderCount: string;
  places: string;
  startMonth: string;
  startYear: string;
  endMonth: string;
  endYear: string;
  marmotPrinciples: string;
}

export interface ThemeView extends ThemeAnswers {
  theme: ThemeValue;
  status: SectionStatus;
  version: number;
  evidence: EvidenceView[];
}

export interface OrgDetails {
  orgName: string;
  orgType: string;
  orgRegistrationNumber: string;
  orgAddressLine1: string;
  orgAddressLine2: string;
  orgTown: string;
  orgPostcode: string;
  orgPlaces: string;
  orgSizeBand: string;
  orgWebsite: string;
}

export interface Declaration {
  declarationName: string;
  declarationRole: string;
  declarationConfirmed: boolean;
}

export interface ApplicationView {
  id: string;
  reference: string | null;
  status: ApplicationStatusValue;
  organisationId: string;
  editable: boolean;
  live: boolean;
  orgDetails: OrgDetails;
  orgDetailsStatus: SectionStatus;
  orgDetailsVersion: number;
  chosenThemes: ThemeValue[];
  themesStatus: SectionStatus;
  themesVersion: number;
  themes: ThemeView[];
  declaration: Declaration;
  declarationStatus: SectionStatus;
  declarationVersion: number;
  createdAt: Date;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string;
  copiedFromId: string | null;
}

export const ORG_DETAIL_FIELDS = [
  "orgName",
  "orgType",
  "orgRegistrationNumber",
  "orgAddressLine1",
  "orgAddressLine2",
  "orgTown",
  "orgPostcode",
  "orgPlaces",
  "orgSizeBand",
  "orgWebsite",
] as const satisfies readonly (keyof OrgDetails)[];

export const THEME_FIELDS = [
  "whatChanged",
  "difference",
  "stakeholderCount",
  "places",
  "startMonth",
  "startYear",
  "endMonth",
  "endYear",
  "marmotPrinciples",
] as const satisfies readonly (keyof ThemeAnswers)[];

export function chosenThemesOf(stored: string): ThemeValue[] {
  return splitList(stored) as ThemeValue[];
}
