import type { Request } from "express";
import { z } from "zod";
import { searchText } from "./db/text-match.js";
import { listHref, paginationItems } from "./pagination.js";
import { validate, type FieldErrors } from "./validation.js";

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

/** What a searched list's page shows: its rows, the filters as read, and the page links. */
export interface FilteredList<F, L> {
  status: 200 | 400;
  /** The page of rows; when the search was refused, no rows and one empty page. */
  list: L | { page: 1; pages: 1; total: 0 };
  filters: F;
  /** What the search box shows: what was typed, even when it was too long to run. */
  values: { q: string };
  errors: FieldErrors | undefined;
  /** True when any filter or search narrows the list. */
  filtered: boolean;
  pagination: ReturnType<typeof paginationItems>;
}

/**
 * The list page of the request, searched and filtered from its query string, a page at a time. A
 * search too long to run is not run: the page answers 400 with the message beside the box, the
 * other filters kept and no rows.
 */
export async function filteredList<F extends { q: string }, L extends { page: number; pages: number }>(
  req: Request,
  schema: z.ZodType<F>,
  load: (filters: F, page: number) => Promise<L>,
): Promise<FilteredList<F, L>> {
  const query = req.query as Record<string, unknown>;
  const { page } = listPageSchema.parse(query);
  const input = validate(schema, query);
  const filters = input.ok ? input.data : schema.parse({ ...query, q: "" });
  const rows = input.ok ? await load(filters, page) : ({ page: 1, pages: 1, total: 0 } as const);
  return {
    status: input.ok ? 200 : 400,
    list: rows,
    filters,
    values: { q: typeof query.q === "string" ? query.q : filters.q },
    errors: input.ok ? undefined : input.errors,
    filtered: Object.values(filters).some(Boolean),
    pagination: paginationItems(rows.page, rows.pages, (n) => listHref(req.baseUrl + req.path, filters, n)),
  };
}
