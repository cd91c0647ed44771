import type { RequestHandler } from "express";
import { notFound } from "../../../platform/errors.js";
import { filteredList } from "../../../platform/filters.js";
import { ORGANISATION_TYPES, PLACES } from "../../programme/index.js";
import type { OrganisationsAdminService } from "../admin-service.js";
import { organisationFiltersSchema } from "../schemas.js";

type Deps = { organisationsAdmin: OrganisationsAdminService };

/** The lead's list of organisations, searched and filtered. */
export function showOrganisationList(deps: Deps): RequestHandler {
  return async (req, res) => {
    const { status, list, ...shown } = await filteredList(req, organisationFiltersSchema, (filters, page) =>
      deps.organisationsAdmin.list(filters, page),
    );
    res.status(status).render("admin/organisations/list", {
      ...list,
      ...shown,
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
