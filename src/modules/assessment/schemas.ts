import { z } from "zod";
import { APPLICATION_STATUSES, ORGANISATION_TYPES, PLACES, THEMES, valuesOf } from "../programme/index.js";
import { normaliseLongText } from "../../platform/text.js";
import type { ThemeValue } from "../applications/index.js";
import { CRITERIA, type CriterionKey } from "./scoring.js";

const optionalEnum = <T extends string>(values: [T, ...T[]]) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((v) => (v ? v : undefined))
    .catch(undefined);

export const SORTS = ["oldest", "newest", "organisation", "reference"] as const;

export const queueSchema = z.object({
  status: optionalEnum(valuesOf(APPLICATION_STATUSES).filter((s) => s !== "DRAFT") as [string, ...string[]]),
  theme: optionalEnum(valuesOf(THEMES)),
  place: optionalEnum(valuesOf(PLACES)),
  sector: optionalEnum(valuesOf(ORGANISATION_TYPES)),
  assessor: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  sort: z.enum(SORTS).catch("oldest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type QueueFilters = z.infer<typeof queueSchema>;

export const assignSchema = z.object({
  assessorId: z.string({ error: "Select an assessor" }).trim().min(1, { error: "Select an assessor" }).max(40),
});

export const declarationSchema = z
  .object({
    conflict: z.enum(["no", "yes"], { error: "Select whether you have a conflict of interest" }),
    conflictReason: z
      .string()
      .optional()
      .transform((v) => normaliseLongText(v ?? "")),
  })
  .superRefine((value, ctx) => {
    if (value.conflict === "yes" && value.conflictReason === "") {
      ctx.addIssue({ code: "custom", path: ["conflictReason"], message: "Describe the conflict of interest" });
    }
    if (value.conflictReason.length > 2000) {
      ctx.addIssue({ code: "custom", path: ["conflictReason"], message: "Use 2,000 characters or fewer" });
    }
  });

export const returnSchema = z.object({
  returnComment: z
    .string({ error: "Say what the assessor should look at again" })
    .transform((v) => normaliseLongText(v))
    .pipe(
      z
        .string()
        .min(1, { error: "Say what the assessor should look at again" })
        .max(2000, { error: "Use 2,000 characters or fewer" }),
    ),
});

export const REASON_MAX = 2000;

export interface ThemeScoreInput {
  scores: Record<CriterionKey, number | null>;
  reasons: Record<CriterionKey, string>;
}

/** Reads a theme's scoring form as typed: a score that is not 0 to 4 is read as no score. */
export function readThemeScores(body: unknown): ThemeScoreInput {
  const form = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const scores = {} as Record<CriterionKey, number | null>;
  const reasons = {} as Record<CriterionKey, string>;
  for (const { key } of CRITERIA) {
    const raw = form[`score-${key}`];
    scores[key] = typeof raw === "string" && /^[0-4]$/.test(raw) ? Number(raw) : null;
    reasons[key] = normaliseLongText(form[`reason-${key}`]).slice(0, REASON_MAX + 500);
  }
  return { scores, reasons };
}

/** Field errors for a theme's scores, keyed by the ids of the first radio and the reason box. */
export function themeScoreErrors(input: ThemeScoreInput): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { key, label } of CRITERIA) {
    if (input.scores[key] === null) errors[`score-${key}`] = `Select a score for ${label.toLowerCase()}`;
    if (input.reasons[key] === "") errors[`reason-${key}`] = `Give a reason for the ${label.toLowerCase()} score`;
    else if (input.reasons[key].length > REASON_MAX)
      errors[`reason-${key}`] = `The reason for ${label.toLowerCase()} must be 2,000 characters or fewer`;
  }
  return errors;
}

const THEME_SLUGS: Record<string, ThemeValue> = {
  social: "SOCIAL",
  economic: "ECONOMIC",
  environment: "ENVIRONMENT",
  innovation: "INNOVATION",
};

/** The theme a page's address names, or undefined for a slug that names none. */
export function themeFromSlug(slug: string): ThemeValue | undefined {
  return Object.hasOwn(THEME_SLUGS, slug) ? THEME_SLUGS[slug] : undefined;
}
