import { z } from "zod";
import { MARMOT_PRINCIPLES, ORGANISATION_TYPES, PLACES, SIZE_BANDS, THEMES, valuesOf } from "../programme/index.js";
import { countWords, splitList } from "../../platform/text.js";

const UK_POSTCODE =
  /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** Upper case with one space before the inward code: "l1 1aa" becomes "L1 1AA". */
export function formatPostcode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

const COMPANY_NUMBER = /^(\d{8}|[A-Z]{2}\d{6})$/;
const CHARITY_NUMBER = /^\d{6,8}(-\d{1,2})?$/;

const required = (message: string, max: number, tooLong: string) =>
  z.string().trim().min(1, { error: message }).max(max, { error: tooLong });

export const eligibilitySchema = z.object({
  organisationType: z.enum([...valuesOf(ORGANISATION_TYPES), "NONE"], {
    error: "Select the type of organisation you are applying for",
  }),
  worksInPlaces: z.enum(["yes", "no"], {
    error: "Select yes if your organisation works in Cheshire and Merseyside",
  }),
  authorised: z.enum(["yes", "no"], { error: "Select yes if you are allowed to apply for your organisation" }),
});
export type EligibilityAnswers = z.infer<typeof eligibilitySchema>;

export const orgDetailsSchema = z.object({
  orgName: required("Enter the name of your organisation", 200, "Organisation name must be 200 characters or fewer"),
  orgType: z.enum(valuesOf(ORGANISATION_TYPES), { error: "Select the type of organisation" }),
  orgRegistrationNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || COMPANY_NUMBER.test(value) || CHARITY_NUMBER.test(value), {
      error: "Enter a company number like 01234567 or SC123456, or a charity number like 1234567",
    }),
  orgAddressLine1: required(
    "Enter the first line of the address",
    200,
    "Address line 1 must be 200 characters or fewer",
  ),
  orgAddressLine2: z.string().trim().max(200, { error: "Address line 2 must be 200 characters or fewer" }),
  orgTown: required("Enter the town or city", 100, "Town or city must be 100 characters or fewer"),
  orgPostcode: z
    .string()
    .trim()
    .min(1, { error: "Enter the postcode" })
    .transform(formatPostcode)
    .refine((value) => UK_POSTCODE.test(value), { error: "Enter a real postcode, like L1 8JQ" }),
  orgPlaces: z
    .string()
    .transform(splitList)
    .pipe(
      z
        .array(z.enum(valuesOf(PLACES)))
        .min(1, { error: "Select at least one place in Cheshire and Merseyside where your organisation works" }),
    ),
  orgSizeBand: z.enum(valuesOf(SIZE_BANDS), { error: "Select how many staff and volunteers your organisation has" }),
  orgWebsite: z
    .string()
    .trim()
    .max(300, { error: "Website must be 300 characters or fewer" })
    .refine((value) => value === "" || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(value), {
      error: "Enter the website address in full, like https://www.example.org",
    }),
});

export function themesSchema(minimum: number) {
  return z.object({
    chosenThemes: z
      .string()
      .transform(splitList)
      .pipe(
        z.array(z.enum(valuesOf(THEMES))).min(minimum, {
          error: minimum === 1 ? "Select at least one theme" : `Select at least ${minimum} themes`,
        }),
      ),
  });
}

const month = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} must include a month` })
    .regex(/^\d{1,2}$/, { error: `${label} must be a real date` })
    .transform(Number)
    .refine((value) => value >= 1 && value <= 12, { error: `${label} must be a real date` });

const year = (label: string, latest: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} must include a year` })
    .regex(/^\d{4}$/, { error: `${label} year must be 4 numbers, like 2024` })
    .transform(Number)
    .refine((value) => value >= 1990 && value <= latest, { error: `${label} year must be between 1990 and ${latest}` });

export interface ThemeLimits {
  whatChangedWords: number;
  differenceWords: number;
  currentYear: number;
}

export function themeSectionSchema(limits: ThemeLimits) {
  const words = (label: string, limit: number, empty: string) =>
    z
      .string()
      .trim()
      .min(1, { error: empty })
      .refine((value) => countWords(value) <= limit, { error: `${label} must be ${limit} words or fewer` });
  return z
    .object({
      whatChanged: words(
        "What changed for stakeholders",
        limits.whatChangedWords,
        "Describe what changed for stakeholders because of your work",
      ),
      difference: words(
        "The difference it makes",
        limits.differenceWords,
        "Describe the difference this makes to them",
      ),
      stakeholderCount: z
        .string()
        .trim()
        .min(1, { error: "Enter how many stakeholders benefited" })
        .transform((value) => value.replace(/,/g, ""))
        .refine((value) => /^\d+$/.test(value), {
          error: "Number of stakeholders must be a whole number, like 250",
        })
        .transform(Number)
        .refine((value) => value >= 1, { error: "Number of stakeholders must be 1 or more" })
        .refine((value) => value <= 10_000_000, { error: "Number of stakeholders must be 10,000,000 or fewer" }),
      places: z
        .string()
        .transform(splitList)
        .pipe(z.array(z.enum(valuesOf(PLACES))).min(1, { error: "Select at least one place where people benefited" })),
      startMonth: month("Start date"),
      startYear: year("Start date", limits.currentYear),
      endMonth: z.string().trim(),
      endYear: z.string().trim(),
      marmotPrinciples: z
        .string()
        .transform(splitList)
        .pipe(z.array(z.enum(valuesOf(MARMOT_PRINCIPLES)))),
    })
    .superRefine((answers, ctx) => {
      if (answers.endMonth === "" && answers.endYear === "") return;
      const endMonth = Number(answers.endMonth);
      const endYear = Number(answers.endYear);
      if (!/^\d{1,2}$/.test(answers.endMonth) || endMonth < 1 || endMonth > 12) {
        ctx.addIssue({
          code: "custom",
          path: ["endMonth"],
          message: "End date must be a real date, or leave it blank",
        });
        return;
      }
      if (!/^\d{4}$/.test(answers.endYear) || endYear < 1990 || endYear > limits.currentYear + 10) {
        ctx.addIssue({
          code: "custom",
          path: ["endYear"],
          message: `End date year must be between 1990 and ${limits.currentYear + 10}, or leave it blank`,
        });
        return;
      }
      if (endYear * 12 + endMonth < answers.startYear * 12 + answers.startMonth) {
        ctx.addIssue({
          code: "custom",
          path: ["endMonth"],
          message: "End date must be the same as or after the start date",
        });
      }
    });
}

export const declarationSchema = z.object({
  declarationName: required("Enter your full name", 200, "Full name must be 200 characters or fewer"),
  declarationRole: required("Enter your job title or role", 200, "Job title or role must be 200 characters or fewer"),
  declarationConfirmed: z.literal(true, { error: "Confirm that the declaration is true" }),
});

export const withdrawSchema = z.object({
  withdrawalReason: z.string().trim().max(1000, { error: "Reason must be 1000 characters or fewer" }).default(""),
  confirm: z.literal("yes", { error: "Select yes to withdraw the application" }),
});
