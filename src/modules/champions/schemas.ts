import { z } from "zod";
import { requiredText } from "../../platform/validation.js";
import { PLACES, valuesOf } from "../programme/index.js";

const checkbox = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => value !== undefined && value !== "");

export const championSchema = z.object({
  name: requiredText("Enter the champion's name", "Name", 120),
  role: z.string().trim().max(120, { error: "Role must be 120 characters or fewer" }).default(""),
  organisationName: z.string().trim().max(150, { error: "Organisation must be 150 characters or fewer" }).default(""),
  place: z.enum(valuesOf(PLACES), { error: "Select the place they work in" }),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === "" || /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value), {
      error: "Enter an email address in the correct format, like name@example.org",
    })
    .default(""),
  phone: z
    .string()
    .trim()
    .max(30)
    .refine((value) => value === "" || /^[0-9 +()-]{6,30}$/.test(value), {
      error: "Enter a phone number, like 01632 960 001",
    })
    .default(""),
  listed: checkbox,
  contactConsent: checkbox,
});

export type ChampionInput = z.infer<typeof championSchema>;

export const championsQuerySchema = z.object({
  place: z.enum(valuesOf(PLACES)).optional().catch(undefined),
});
