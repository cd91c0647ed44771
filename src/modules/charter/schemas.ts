import { z } from "zod";
import { ORGANISATION_TYPES, PLACES, valuesOf } from "../programme/index.js";

export const signRequestSchema = z.object({
  organisationId: z
    .string({ error: "Select the organisation that is signing" })
    .min(1, { error: "Select the organisation that is signing" }),
  sponsorName: z
    .string({ error: "Enter the name of your senior sponsor" })
    .trim()
    .min(1, { error: "Enter the name of your senior sponsor" })
    .max(120, { error: "Name must be 120 characters or fewer" }),
  sponsorRole: z
    .string({ error: "Enter your senior sponsor's job title" })
    .trim()
    .min(1, { error: "Enter your senior sponsor's job title" })
    .max(120, { error: "Job title must be 120 characters or fewer" }),
  pledge: z
    .string({ error: "Enter your pledge" })
    .trim()
    .min(1, { error: "Enter your pledge" })
    .max(1000, { error: "Pledge must be 1,000 characters or fewer" }),
});

export type SignRequestInput = z.infer<typeof signRequestSchema>;

export const reasonSchema = z.object({
  reason: z
    .string({ error: "Enter the reason" })
    .trim()
    .min(1, { error: "Enter the reason" })
    .max(1000, { error: "Reason must be 1,000 characters or fewer" }),
});

export const signatoriesQuerySchema = z.object({
  sector: z.enum(valuesOf(ORGANISATION_TYPES)).optional().catch(undefined),
  place: z.enum(valuesOf(PLACES)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
