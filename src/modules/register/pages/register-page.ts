import type { RequestHandler, Response } from "express";
import { ORGANISATION_TYPES, PLACES, THEMES } from "../../programme/index.js";
import { registerDownloads } from "../downloads.js";
import { REGISTER_FIELDS, REGISTER_LICENCE } from "../formats.js";
import { registerFilterSchema, type RegisterFilters } from "../schemas.js";
import type { RegisterService } from "../service.js";

type Deps = { register: RegisterService };

const options = { places: PLACES, themes: THEMES, organisationTypes: ORGANISATION_TYPES };

/** The register is the same for everyone, so shared caches may keep it for a few minutes. */
export const publicCache = (res: Response) => res.set("Cache-Control", "public, max-age=300");

function filterQuery(filters: RegisterFilters): string {
  const params = new URLSearchParams();
  for (const key of ["place", "theme", "sector"] as const) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

/** The register of award holders, filtered and paged, with its downloads. */
export function showRegister({ register }: Deps): RequestHandler {
  return async (req, res) => {
    const filters = registerFilterSchema.parse(req.query);
    const result = await register.page(filters);
    const query = filterQuery(filters);
    const pageHref = (page: number) => `/register?${query ? `${query}&` : ""}page=${page}`;
    const downloads = await registerDownloads((f) => register.all(f), filters, query);
    publicCache(res).render("register/index", {
      ...result,
      filters,
      options,
      query,
      downloads,
      licence: REGISTER_LICENCE,
      previousHref: result.page > 1 ? pageHref(result.page - 1) : null,
      nextHref: result.page < result.pages ? pageHref(result.page + 1) : null,
    });
  };
}

/** What the downloads hold, field by field, and their licence. */
export function showAboutTheData(): RequestHandler {
  return (_req, res) => {
    publicCache(res).render("register/about-the-data", { fields: REGISTER_FIELDS, licence: REGISTER_LICENCE });
  };
}
