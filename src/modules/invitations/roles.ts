import type { RoleValue } from "../../platform/db/index.js";

export const ROLE_NAMES: Record<RoleValue, string> = {
  APPLICANT: "Applicant (organisation member)",
  ASSESSOR: "Assessor",
  PROGRAMME_LEAD: "Programme lead",
};
