import { z } from "zod";
import { searchText } from "./db/text-match.js";

export const SEARCH_MAX_LENGTH = 100;

/** A list's search box: absent or not text reads as empty; too long is an error shown beside the box. */
export const searchField = () =>
  z
    .unknown()
    .optional()
    .transform((value) => (typeof value === "string" ? searchText(value) : ""))
    .pipe(z.string().max(SEARCH_MAX_LENGTH, { error: `Search must be ${SEARCH_MAX_LENGTH} characters or fewer` }));

/** A filter from a fixed list: anything else (such as a value edited into the address) reads as "any". */
export const optionalChoice = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values).optional().catch(undefined);

export const listPageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });
