// The programme area's public face: what the app and other areas may use of it.
export {
  APPLICATION_STATUSES,
  MARMOT_PRINCIPLES,
  MONTHS,
  ORGANISATION_TYPES,
  PLACES,
  PROGRAMME_OPTIONS,
  SIZE_BANDS,
  THEMES,
  labelOf,
  valuesOf,
} from "./reference.js";
export { CRITERIA, CRITERION_KEYS } from "./criteria.js";
export type { CriterionKey } from "./criteria.js";
export type {
  MarmotPrincipleValue,
  Option,
  OrganisationTypeValue,
  PlaceValue,
  SizeBandValue,
  ThemeValue,
} from "./reference.js";
