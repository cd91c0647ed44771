import { z } from "zod";
import { requiredText } from "../../platform/validation.js";
import { ORGANISATION_TYPES, PLACES, valuesOf } from "../programme/index.js";

export const signRequestSchema = z.object({
  organisationId: z
    .string({ error: "Select the organisation that is signing" })
    .min(1, { error: "Select the organisation that is signing" }),
  sponsorName: requiredText("Enter the name of your senior sponsor", "Name", 120),
  sponsorRole: requiredText("Enter your senior sponsor's job title", "Job title", 120),
  pledge: requiredText("Enter your pledge", "Pledge", 1000),
});

export type SignRequestInput = z.infer<typeof signRequestSchema>;

export const reasonSchema = z.object({
  reason: requiredText("Enter the reason", "Reason", 1000),
});

export const signatoriesQuerySchema = z.object({
  sector: z.enum(valuesOf(ORGANISATION_TYPES)).optional().catch(undefined),
  place: z.enum(valuesOf(PLACES)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
