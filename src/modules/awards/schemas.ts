import { z } from "zod";
import { normaliseLongText } from "../../platform/text.js";

export const revokeSchema = z.object({
  revocationReason: z
    .unknown()
    .transform((v) => normaliseLongText(v))
    .pipe(
      z
        .string()
        .min(1, { error: "Give the reason for revoking the award" })
        .max(2000, { error: "Use 2,000 characters or fewer" }),
    ),
});

export const listingSchema = z.object({
  listed: z.enum(["yes", "no"], { error: "Select whether your organisation may be listed" }),
});

export const verifySchema = z.object({
  code: z.string().trim().max(40).optional().catch(undefined),
});
