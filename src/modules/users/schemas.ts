import { z } from "zod";
import { optionalChoice, searchField } from "../../platform/filters.js";
import { emailAddress } from "../../platform/validation.js";

export const ROLES = ["APPLICANT", "ASSESSOR", "PROGRAMME_LEAD"] as const;

export const changeRoleSchema = z.object({
  role: z.enum(ROLES, { error: "Select a role" }),
});

export const inviteStaffSchema = z.object({
  email: emailAddress({
    required: "Enter the email address of the person you want to invite",
    format: "Enter an email address in the correct format, like name@example.org",
    tooLong: "Email address must be 254 characters or fewer",
  }),
  role: z.enum(["ASSESSOR", "PROGRAMME_LEAD"], {
    error: "Select whether they will be an assessor or a programme lead",
  }),
});

export const USER_STATUSES = ["active", "deactivated"] as const;

export const userFiltersSchema = z.object({
  q: searchField(),
  role: optionalChoice(ROLES),
  status: optionalChoice(USER_STATUSES),
});

export type UserFilters = z.infer<typeof userFiltersSchema>;
