import { z } from "zod";
import { requiredText } from "../../platform/validation.js";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a title: "Recipe for a Good Life!" -> "recipe-for-a-good-life". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export const kindSchema = z.enum(["PAGE", "GUIDE"]);

export const contentSchema = z.object({
  title: requiredText("Enter a title", "Title", 150),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, { error: "Web address must be 80 characters or fewer" })
    .refine((value) => value === "" || SLUG.test(value), {
      error: "Web address must use only lower-case letters, numbers and single hyphens, such as social-value-guide",
    })
    .default(""),
  summary: z.string().trim().max(300, { error: "Summary must be 300 characters or fewer" }).default(""),
  category: z.string().trim().max(60, { error: "Category must be 60 characters or fewer" }).default(""),
  body: z
    .string({ error: "Enter the content" })
    .refine((value) => value.trim().length > 0, { error: "Enter the content" })
    .refine((value) => value.length <= 100_000, { error: "Content must be 100,000 characters or fewer" })
    .transform((value) => value.replace(/\r\n/g, "\n")),
});

export type ContentInput = z.infer<typeof contentSchema>;

export const attachmentTitleSchema = z.object({
  title: requiredText("Enter a title for the file", "Title", 120),
});

export const listQuerySchema = z.object({
  kind: kindSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const guidesQuerySchema = z.object({
  category: z.string().trim().max(60).catch("").default(""),
});

/** The number of a page's version in its address. */
export const versionNumberSchema = z.coerce.number().int().min(1);
