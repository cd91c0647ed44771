import { z } from "zod";
import { searchText } from "../../platform/db/text-match.js";
import { SEARCH_MAX_LENGTH } from "../../platform/filters.js";
import { isIsoDate } from "../../platform/working-days.js";

/** A query value given twice (?person=a&person=b) counts as the first one; anything but text as none. */
const single = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
};

/** A search box: spaces collapsed, as the other lists' search boxes read them. */
const text = (message: string) =>
  z.preprocess(
    single,
    z
      .string()
      .optional()
      .transform((value) => searchText(value ?? ""))
      .pipe(z.string().max(SEARCH_MAX_LENGTH, { error: message })),
  );

/** An id carried in a link from an entry; anything that cannot be an id is ignored. */
const id = z.preprocess(
  single,
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
);

/** Reads 2026-03-27 (what a date field sends) or 27/3/2026 (what people type), as YYYY-MM-DD. */
export function parseDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(date) && year >= "2000" && year <= "2100" ? date : null;
}

const date = (name: "From" | "To") =>
  z.preprocess(
    single,
    z
      .string()
      .trim()
      .optional()
      .transform((value, context) => {
        if (!value) return undefined;
        const parsed = parseDate(value);
        if (!parsed) {
          context.addIssue({ code: "custom", message: `${name} date must be a real date, like 27/3/2026` });
          return z.NEVER;
        }
        return parsed;
      }),
  );

export const auditFilterSchema = z
  .object({
    person: text(`Name or email address must be ${SEARCH_MAX_LENGTH} characters or fewer`),
    actor: id,
    organisation: text(`Organisation name must be ${SEARCH_MAX_LENGTH} characters or fewer`),
    organisationId: id,
    action: z.preprocess(
      single,
      z
        .string()
        .trim()
        .max(100)
        .optional()
        .catch(undefined)
        .transform((value) => value || undefined),
    ),
    from: date("From"),
    to: date("To"),
    page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
  })
  .superRefine((filters, context) => {
    if (filters.from && filters.to && filters.to < filters.from) {
      context.addIssue({ code: "custom", path: ["to"], message: "To date must be the same as or after the from date" });
    }
  });

export type AuditFilters = z.infer<typeof auditFilterSchema>;
