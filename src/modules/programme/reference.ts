import { CRITERIA } from "./criteria.js";
// The programme's fixed lists, with the words the portal shows for each value. Views and
// services take their options and labels from here so that every page says the same thing.

export interface Option<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

export const PLACES = [
  { value: "CHESHIRE_EAST", label: "Cheshire East" },
  { value: "CHESHIRE_WEST_AND_CHESTER", label: "Cheshire West and Chester" },
  { value: "HALTON", label: "Halton" },
  { value: "KNOWSLEY", label: "Knowsley" },
  { value: "LIVERPOOL", label: "Liverpool" },
  { value: "SEFTON", label: "Sefton" },
  { value: "ST_HELENS", label: "St Helens" },
  { value: "WARRINGTON", label: "Warrington" },
  { value: "WIRRAL", label: "Wirral" },
] as const satisfies readonly Option[];

export const ORGANISATION_TYPES = [
  { value: "NHS_PROVIDER", label: "NHS trust or provider" },
  { value: "INTEGRATED_CARE_BOARD", label: "Integrated Care Board" },
  { value: "LOCAL_AUTHORITY", label: "Local authority" },
  {
    value: "VCFSE",
    label: "Voluntary, community, faith or social enterprise (VCFSE) organisation",
  },
  { value: "EMERGENCY_SERVICE", label: "Police, fire or ambulance service" },
  { value: "EDUCATION", label: "School, college or university" },
  { value: "BUSINESS", label: "Business" },
  { value: "OTHER", label: "Other" },
] as const satisfies readonly Option[];

export const SIZE_BANDS = [
  { value: "MICRO", label: "Fewer than 10 staff and volunteers" },
  { value: "SMALL", label: "10 to 49 staff and volunteers" },
  { value: "MEDIUM", label: "50 to 249 staff and volunteers" },
  { value: "LARGE", label: "250 or more staff and volunteers" },
] as const satisfies readonly Option[];

export const THEMES = [
  {
    value: "SOCIAL",
    label: "Social",
    hint: "Health, wellbeing, happiness, education and opportunities for local people and communities.",
  },
  {
    value: "ECONOMIC",
    label: "Economic",
    hint: "Local jobs, training, spending and investment that help the local economy grow.",
  },
  {
    value: "ENVIRONMENT",
    label: "Environment",
    hint: "Improving the places people live and work in, and reducing harm to the environment.",
  },
  {
    value: "INNOVATION",
    label: "Innovation",
    hint: "New ways of working, often in partnership, that tackle local problems and inequalities.",
  },
] as const satisfies readonly Option[];

export const MARMOT_PRINCIPLES = [
  { value: "BEST_START", label: "Give every child the best start in life" },
  {
    value: "CAPABILITIES",
    label:
      "Enable all children, young people and adults to maximise their capabilities and have control over their lives",
  },
  { value: "FAIR_EMPLOYMENT", label: "Create fair employment and good work for all" },
  { value: "HEALTHY_STANDARD_OF_LIVING", label: "Ensure a healthy standard of living for all" },
  { value: "HEALTHY_PLACES", label: "Create and develop healthy and sustainable places and communities" },
  { value: "ILL_HEALTH_PREVENTION", label: "Strengthen the role and impact of ill-health prevention" },
  { value: "TACKLE_DISCRIMINATION", label: "Tackle racism, discrimination and their outcomes" },
  {
    value: "ENVIRONMENTAL_SUSTAINABILITY",
    label: "Pursue environmental sustainability and health equity together",
  },
] as const satisfies readonly Option[];

export const APPLICATION_STATUSES = [
  { value: "DRAFT", label: "Draft" },
  { value: "SUBMITTED", label: "Submitted" },
  { value: "IN_ASSESSMENT", label: "In assessment" },
  { value: "REVISIONS_REQUESTED", label: "Revisions requested" },
  { value: "AWARDED", label: "Awarded" },
  { value: "NOT_AWARDED", label: "Not awarded" },
  { value: "WITHDRAWN", label: "Withdrawn" },
  { value: "REVOKED", label: "Award revoked" },
] as const satisfies readonly Option[];

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export type PlaceValue = (typeof PLACES)[number]["value"];
export type OrganisationTypeValue = (typeof ORGANISATION_TYPES)[number]["value"];
export type SizeBandValue = (typeof SIZE_BANDS)[number]["value"];
export type ThemeValue = (typeof THEMES)[number]["value"];
export type MarmotPrincipleValue = (typeof MARMOT_PRINCIPLES)[number]["value"];

export function labelOf(options: readonly Option[], value: string | null | undefined): string {
  return options.find((option) => option.value === value)?.label ?? "";
}

export function valuesOf<T extends string>(options: readonly Option<T>[]): [T, ...T[]] {
  return options.map((option) => option.value) as [T, ...T[]];
}

/** The programme's lists, under the names the pages choose from and describe with. */
export const PROGRAMME_OPTIONS = {
  places: PLACES,
  organisationTypes: ORGANISATION_TYPES,
  sizeBands: SIZE_BANDS,
  themes: THEMES,
  marmot: MARMOT_PRINCIPLES,
  statuses: APPLICATION_STATUSES,
  months: MONTHS,
  criteria: CRITERIA,
} as const;
