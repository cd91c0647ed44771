import { z } from "zod";
import { ORGANISATION_TYPES, PLACES, THEMES, valuesOf } from "../programme/index.js";

const optionalEnum = <T extends string>(values: [T, ...T[]]) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((v) => (v ? v : undefined))
    .catch(undefined);

export const registerFilterSchema = z.object({
  place: optionalEnum(valuesOf(PLACES)),
  theme: optionalEnum(valuesOf(THEMES)),
  sector: optionalEnum(valuesOf(ORGANISATION_TYPES)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type RegisterFilters = z.infer<typeof registerFilterSchema>;
