export type { ApplicationStatus as ApplicationStatusValue, Theme as ThemeValue } from "../../generated/sqlite/enums.js";

export const EDITABLE_STATUSES = ["DRAFT", "REVISIONS_REQUESTED"] as const;
/** Statuses in which an application is still live: one at a time per organisation. */
export const LIVE_STATUSES = ["DRAFT", "SUBMITTED", "IN_ASSESSMENT", "REVISIONS_REQUESTED"] as const;

export type { Actor } from "../../platform/auth.js";
