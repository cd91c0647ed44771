import type { RequestHandler } from "express";
import { notFound } from "../../../platform/errors.js";
import { listPageSchema } from "../../../platform/filters.js";
import { listHref, paginationItems } from "../../../platform/pagination.js";
import { validate } from "../../../platform/validation.js";
import { ORGANISATION_TYPES, PLACES } from "../../programme/index.js";
import type { OrganisationsAdminService } from "../admin-service.js";
import { organisationFiltersSchema } from "../schemas.js";

type Deps = { organisationsAdmin: OrganisationsAdminService };

/** The lead's list of organisations, searched and filtered. */
export function showOrganisationList(deps: Deps): RequestHandler {
  return async (req, res) => {
    const { page } = listPageSchema.parse(req.query);
    const input = validate(organisationFiltersSchema, req.query);
    // A search too long to run is not run: the page shows the message beside the box instead.
    const filters = input.ok ? input.data : organisationFiltersSchema.parse({ ...req.query, q: "" });
    const list = input.ok
      ? await deps.organisationsAdmin.list(filters, page)
      : { organisations: [], page: 1, pages: 1, total: 0 };
    const href = (n: number) => listHref("/admin/organisations", filters, n);
    res.status(input.ok ? 200 : 400).render("admin/organisations/list", {
      ...list,
      filters,
      values: { q: typeof req.query.q === "string" ? req.query.q : filters.q },
      errors: input.ok ? undefined : input.errors,
      filtered: Boolean(filters.q || filters.type || filters.place),
      pagination: paginationItems(list.page, list.pages, href),
      options: { types: ORGANISATION_TYPES, places: PLACES },
    });
  };
}

/** One organisation as the lead sees it. */
export function showOrganisationDetail(deps: Deps): RequestHandler<{ id: string }> {
  return async (req, res, next) => {
    const org = await deps.organisationsAdmin.detail(req.params.id);
    if (!org) return next(notFound());
    res.render("admin/organisations/show", { org });
  };
}
