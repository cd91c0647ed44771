import { z } from "zod";

const requestReference = z
  .string()
  .trim()
  .max(60, { error: "The reference must be 60 characters or fewer" })
  .regex(/^[A-Za-z0-9 ._/-]*$/, {
    error: "The reference can only include letters, numbers, spaces, hyphens, slashes and full stops",
  })
  .default("");

export const eraseUserSchema = z.object({
  confirmed: z.literal("yes", { error: "Confirm that you have checked this request" }),
  requestReference,
});

export const eraseOrganisationSchema = z.object({
  confirmed: z.literal("yes", { error: "Confirm that you have checked this request" }),
  awardConfirmed: z.literal("yes").optional().catch(undefined),
  requestReference,
});

export const AWARD_CONFIRMATION_ERROR = "Confirm that the organisation's current award will be revoked";

export const erasedQuerySchema = z.object({
  what: z.enum(["account", "organisation"]).catch("account"),
  waiting: z.coerce.number().int().min(0).max(1_000_000).catch(0).default(0),
});

const page = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
export const retentionQuerySchema = z.object({ applicationsPage: page, accountsPage: page });
