import { z } from "zod";
import { listField, normaliseLongText } from "../../platform/text.js";
import { isIsoDate } from "../../platform/working-days.js";

const longText = (required: string, max = 10_000) =>
  z
    .unknown()
    .transform((v) => normaliseLongText(v))
    .pipe(
      z
        .string()
        .min(1, { error: required })
        .max(max, { error: `Use ${max.toLocaleString("en-GB")} characters or fewer` }),
    );

export const decisionSchema = z.object({
  outcome: z.enum(["AWARDED", "NOT_AWARDED", "REVISIONS_REQUESTED"], { error: "Select a decision" }),
  recognisedThemes: z
    .unknown()
    .optional()
    .transform((v) => listField(v)),
  feedback: longText("Write the feedback for the organisation"),
  scoresPublished: z
    .unknown()
    .optional()
    .transform((v) => v === "yes"),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const appealSchema = z.object({
  appealReason: longText("Say why you are appealing", 5000),
});

export const appealOutcomeSchema = z.object({
  appealOutcome: z.enum(["UPHELD", "DISMISSED"], { error: "Select the outcome of the appeal" }),
  outcomeNotes: longText("Explain the outcome to the organisation", 5000),
});
export type AppealOutcomeInput = z.infer<typeof appealOutcomeSchema>;

export const bankHolidaySchema = z.object({
  date: z
    .string({ error: "Enter a date" })
    .trim()
    .refine((v) => isIsoDate(v), { error: "Enter a real date as YYYY-MM-DD, for example 2027-05-08" }),
});
