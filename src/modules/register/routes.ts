import { Router, type Response } from "express";
import { ORGANISATION_TYPES, PLACES, THEMES } from "../programme/index.js";
import { csvRow } from "../../platform/csv.js";
import { registerFilterSchema } from "./schemas.js";
import type { RegisterService } from "./service.js";

const options = { places: PLACES, themes: THEMES, organisationTypes: ORGANISATION_TYPES };

/** Writes, waiting whenever the client is slower than the database. */
async function write(res: Response, chunk: string) {
  if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
}

/** The public register of award holders, as a page, CSV and JSON. Public, and the same for everyone. */
export function registerRoutes(deps: { register: RegisterService }): Router {
  const router = Router();
  const { register } = deps;
  const publicCache = (res: Response) => res.set("Cache-Control", "public, max-age=300");

  router.get("/register", async (req, res) => {
    const filters = registerFilterSchema.parse(req.query);
    const result = await register.page(filters);
    const params = new URLSearchParams();
    for (const key of ["place", "theme", "sector"] as const) if (filters[key]) params.set(key, filters[key]);
    const query = params.toString();
    const pageHref = (page: number) => `/register?${query ? `${query}&` : ""}page=${page}`;
    publicCache(res).render("register/index", {
      ...result,
      filters,
      options,
      query,
      previousHref: result.page > 1 ? pageHref(result.page - 1) : null,
      nextHref: result.page < result.pages ? pageHref(result.page + 1) : null,
    });
  });

  router.get("/register.csv", async (req, res) => {
    const filters = registerFilterSchema.parse(req.query);
    publicCache(res).type("text/csv; charset=utf-8").attachment("social-value-award-register.csv");
    // The byte order mark tells Excel the file is UTF-8.
    await write(res, "\ufeff" + csvRow(["Organisation", "Sector", "Places", "Themes", "Awarded", "Expires"]));
    for await (const e of register.all(filters)) {
      await write(
        res,
        csvRow([e.organisation, e.sector, e.places.join("; "), e.themes.join("; "), e.awarded, e.expires]),
      );
    }
    res.end();
  });

  router.get("/register.json", async (req, res) => {
    const filters = registerFilterSchema.parse(req.query);
    publicCache(res).type("application/json; charset=utf-8");
    await write(res, '{"awardHolders":[');
    let first = true;
    for await (const entry of register.all(filters)) {
      await write(res, (first ? "" : ",") + JSON.stringify(entry));
      first = false;
    }
    res.end("]}");
  });

  return router;
}
