export type { ApplicationStatus as ApplicationStatusValue, Theme as ThemeValue } from "../../generated/sqlite/enums.js";

export const EDITABLE_STATUSES = ["DRAFT", "REVISIONS_REQUESTED"] as const;
/** Statuses in which an application is still live: one at a time per organisation. */
export const LIVE_STATUSES = ["DRAFT", "SUBMITTED", "IN_ASSESSMENT", "REVISIONS_REQUESTED"] as const;

/** Who is acting on an application: the signed-in person, as the use cases need them. */
export interface Actor {
  id: string;
  fullName: string;
}
