import type { RequestHandler } from "express";
import { paginationItems } from "../../../platform/pagination.js";
import { validate } from "../../../platform/validation.js";
import { auditFilterSchema, parseDate, type AuditFilters } from "../schemas.js";
import type { AuditLogService } from "../service.js";

const FILTER_KEYS = ["person", "actor", "organisation", "organisationId", "action", "from", "to"] as const;

/** The filter values as typed, for showing them again beside an error. */
function typedValues(query: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const source = (query ?? {}) as Record<string, unknown>;
  for (const key of FILTER_KEYS) {
    const value: unknown = Array.isArray(source[key]) ? (source[key] as unknown[])[0] : source[key];
    if (typeof value === "string") values[key] = value.slice(0, 200);
  }
  // A date field shows only a YYYY-MM-DD value, so a good date typed another way is shown so.
  for (const key of ["from", "to"] as const) {
    const parsed = values[key] ? parseDate(values[key].trim()) : null;
    if (parsed) values[key] = parsed;
  }
  return values;
}

/** The query string of the filters, without the page and without the keys left out. */
function queryOf(filters: Partial<Record<(typeof FILTER_KEYS)[number], string | undefined>>, omit: string[] = []) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value && !omit.includes(key)) params.set(key, value);
  }
  return params.toString();
}

const hrefWith = (query: string, extra: string) => `/admin/audit?${[query, extra].filter(Boolean).join("&")}`;

/** The log, newest first, filtered by person, organisation, action and dates. */
export function showAuditLog(deps: { auditLog: AuditLogService }): RequestHandler {
  const { auditLog } = deps;
  return async (req, res) => {
    const actions = await auditLog.actions();
    const input = validate(auditFilterSchema, req.query);
    const errors = input.ok ? {} : { ...input.errors };
    if (input.ok && input.data.action && !actions.includes(input.data.action)) {
      errors.action = "Select an action from the list";
    }
    if (!input.ok || Object.keys(errors).length > 0) {
      return res.status(400).render("audit-log/index", { values: typedValues(req.query), actions, errors });
    }
    const filters: AuditFilters = input.data;
    const result = await auditLog.page(filters);
    const query = queryOf(filters);
    res.render("audit-log/index", {
      ...result,
      values: typedValues(req.query),
      actions,
      filtered: query !== "",
      query,
      // Links that narrow the log to one person or organisation, keeping the other filters.
      actorHref: (id: string) => hrefWith(queryOf(filters, ["actor", "person"]), `actor=${encodeURIComponent(id)}`),
      organisationHref: (id: string) =>
        hrefWith(queryOf(filters, ["organisationId", "organisation"]), `organisationId=${encodeURIComponent(id)}`),
      withoutHref: (...keys: string[]) => `/admin/audit${queryOf(filters, keys) ? `?${queryOf(filters, keys)}` : ""}`,
      pagination: paginationItems(result.page, result.pages, (page) => hrefWith(query, `page=${page}`)),
    });
  };
}
