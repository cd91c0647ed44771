import { z } from "zod";
import { validate, type FieldErrors } from "../../platform/validation.js";
import { programmeYearLabel } from "./programme-year.js";

export const SHADINGS = ["applications", "awards"] as const;
export type Shading = (typeof SHADINGS)[number];

export interface DashboardQuery {
  /** The programme year, or null for all years. */
  year: number | null;
  shade: Shading;
}

/**
 * The dashboard's GET filters. `year` is a programme year from the choices ("2025" for 2025 to
 * 2026) or "all"; absent, it is all years. `shade` is how the map is shaded.
 */
export function dashboardQuerySchema(choices: readonly number[]) {
  const newest = Math.max(...choices);
  const oldest = Math.min(...choices);
  const outOfRange = `Choose a programme year between ${programmeYearLabel(oldest)} and ${programmeYearLabel(newest)}, or all years`;
  return z.object({
    year: z
      .string({ error: "Choose one programme year from the list" })
      .optional()
      .transform((value, ctx) => {
        const text = (value ?? "").trim();
        if (text === "" || text === "all") return null;
        if (!/^\d{4}$/.test(text)) {
          ctx.addIssue({ code: "custom", message: "Choose a programme year from the list, such as 2025 to 2026" });
          return z.NEVER;
        }
        const year = Number(text);
        if (!choices.includes(year)) {
          ctx.addIssue({ code: "custom", message: outOfRange });
          return z.NEVER;
        }
        return year;
      }),
    shade: z
      .union([z.enum(SHADINGS), z.literal("")], {
        error: "Choose whether to shade the map by applications or by award holders",
      })
      .optional()
      .transform((value): Shading => value || "applications"),
  });
}

export function parseDashboardQuery(
  query: unknown,
  choices: readonly number[],
): { ok: true; data: DashboardQuery } | { ok: false; errors: FieldErrors; raw: Record<string, string> } {
  const result = validate(dashboardQuerySchema(choices), query ?? {});
  if (result.ok) return result;
  const input = (query ?? {}) as Record<string, unknown>;
  const raw = Object.fromEntries(
    ["year", "shade"].map((key) => [key, typeof input[key] === "string" ? input[key] : ""]),
  );
  return { ok: false, errors: result.errors, raw };
}
