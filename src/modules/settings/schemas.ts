import { z } from "zod";
import { emailAddress } from "../../platform/validation.js";

const text = (label: string, max = 150) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(max, { error: `The ${label} must be ${max} characters or fewer` });

export const contactSchema = z.object({
  name: text("name", 120),
  role: text("role", 150),
  organisation: z.string().trim().max(150, { error: "The organisation must be 150 characters or fewer" }).default(""),
  email: emailAddress({
    required: "Enter the email address",
    format: "Enter an email address in the correct format, like name@example.org",
    tooLong: "The email address is too long",
  }),
});

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label} as a whole number` })
    .int({ error: `Enter ${label} as a whole number` })
    .min(min, { error: `${label[0]?.toUpperCase()}${label.slice(1)} must be between ${min} and ${max}` })
    .max(max, { error: `${label[0]?.toUpperCase()}${label.slice(1)} must be between ${min} and ${max}` });

const percent = (label: string) => whole(label, 0, 100);
const requiredNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

export const awardSchema = z
  .object({
    minimumThemes: requiredNumber(whole("the minimum number of themes", 1, 4)),
    whatChangedWordLimit: requiredNumber(whole("the word limit for what changed", 50, 5000)),
    differenceWordLimit: requiredNumber(whole("the word limit for the difference made", 50, 5000)),
    maxFilesPerTheme: requiredNumber(whole("the number of files per theme", 1, 50)),
    maxFileMegabytes: requiredNumber(whole("the largest file size", 1, 100)),
    "weights-outcome": requiredNumber(percent("the outcome weight")),
    "weights-scale": requiredNumber(percent("the scale weight")),
    "weights-localBenefit": requiredNumber(percent("the local benefit weight")),
    "weights-evidence": requiredNumber(percent("the evidence weight")),
    "weights-sustainability": requiredNumber(percent("the sustainability weight")),
    recognitionThresholdPercent: requiredNumber(percent("the recognition threshold")),
    borderlineLowPercent: requiredNumber(percent("the lower borderline")),
    borderlineHighPercent: requiredNumber(percent("the upper borderline")),
    validityYears: requiredNumber(whole("how many years the award lasts", 1, 10)),
    decisionWorkingDays: requiredNumber(whole("the decision time", 1, 60)),
    appealWorkingDays: requiredNumber(whole("the appeal window", 1, 60)),
  })
  .superRefine((v, ctx) => {
    const sum =
      v["weights-outcome"] +
      v["weights-scale"] +
      v["weights-localBenefit"] +
      v["weights-evidence"] +
      v["weights-sustainability"];
    if (sum !== 100)
      ctx.addIssue({
        code: "custom",
        path: ["weights-outcome"],
        message: `The weights must add up to 100 (they add up to ${sum})`,
      });
    if (v.borderlineLowPercent > v.borderlineHighPercent) {
      ctx.addIssue({
        code: "custom",
        path: ["borderlineLowPercent"],
        message: "The lower borderline must not be above the upper borderline",
      });
    }
  });

export const retentionSchema = z.object({
  unsuccessfulApplicationYears: requiredNumber(
    whole("how long to keep unsuccessful and withdrawn applications", 1, 10),
  ),
  awardedApplicationYearsAfterExpiry: requiredNumber(
    whole("how long to keep awarded applications after the award ends", 0, 10),
  ),
  unverifiedAccountDays: requiredNumber(whole("how long to keep unconfirmed accounts", 1, 365)),
  auditYears: requiredNumber(whole("how long to keep the audit log", 1, 20)),
});

export const FOOTER_LINK_ROWS = 5;

const footerHref = z
  .string()
  .trim()
  .max(500, { error: "The address must be 500 characters or fewer" })
  .refine((value) => value === "" || /^https:\/\/[^\s<>"]+$/.test(value) || /^\/(?![/\\])[^\s<>"]*$/.test(value), {
    error: "Enter an address starting with https:// or with / for a page on this site",
  });

export const footerSchema = z
  .object(
    Object.fromEntries(
      Array.from({ length: FOOTER_LINK_ROWS }, (_, i) => [
        [`text-${i}`, z.string().trim().max(80, { error: "The link text must be 80 characters or fewer" }).default("")],
        [`href-${i}`, footerHref.default("")],
      ]).flat(),
    ) as Record<string, z.ZodDefault<z.ZodString>>,
  )
  .superRefine((v, ctx) => {
    for (let i = 0; i < FOOTER_LINK_ROWS; i += 1) {
      const t = v[`text-${i}`] as string;
      const h = v[`href-${i}`] as string;
      if (t && !h)
        ctx.addIssue({ code: "custom", path: [`href-${i}`], message: `Enter the address for link ${i + 1}` });
      if (h && !t) ctx.addIssue({ code: "custom", path: [`text-${i}`], message: `Enter the text for link ${i + 1}` });
    }
  });

/** An optional day, month and year: all blank, or a real date. Gives YYYY-MM-DD or null. */
function optionalDate(prefix: string, label: string) {
  return (fields: Record<string, unknown>, ctx: z.RefinementCtx): string | null => {
    const part = (name: string) =>
      typeof fields[`${prefix}-${name}`] === "string" ? String(fields[`${prefix}-${name}`]).trim() : "";
    const [day, month, year] = [part("day"), part("month"), part("year")];
    if (!day && !month && !year) return null;
    const valid = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
    const date = valid ? new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))) : null;
    if (!date || date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
      ctx.addIssue({
        code: "custom",
        path: [`${prefix}-day`],
        message: `${label} must be a real date, or leave it blank`,
      });
      return null;
    }
    return date.toISOString().slice(0, 10);
  };
}

const opensOn = optionalDate("opensOn", "The opening date");
const closesOn = optionalDate("closesOn", "The closing date");

export const applicationWindowSchema = z.record(z.string(), z.unknown()).transform((fields, ctx) => {
  const window = { opensOn: opensOn(fields, ctx), closesOn: closesOn(fields, ctx) };
  if (window.opensOn && window.closesOn && window.closesOn < window.opensOn) {
    ctx.addIssue({
      code: "custom",
      path: ["closesOn-day"],
      message: "The closing date must be the same as or after the opening date",
    });
  }
  return window;
});
