import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { formValues, validate } from "../../platform/validation.js";
import { type ContentService, setPageCacheHeaders, systemPage } from "../content/index.js";
import { PLACES } from "../programme/index.js";
import { championSchema, championsQuerySchema } from "./schemas.js";
import type { ChampionsService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

export function championsRoutes(deps: { champions: ChampionsService; content: ContentService }): Router {
  const router = Router();

  router.get("/champions", async (req, res) => {
    const page = await systemPage(deps.content, req, "champions");
    const query = validate(championsQuerySchema, req.query);
    const place = query.ok ? query.data.place : undefined;
    const champions = await deps.champions.directory(place);
    setPageCacheHeaders(req, res, page);
    res.render("champions/champions", { page, champions, place: place ?? "", places: PLACES });
  });

  const admin = Router();
  admin.use(requireRole("PROGRAMME_LEAD"), noStore);
  admin.get("/", async (_req, res) => res.render("admin/champions/index", { champions: await deps.champions.all() }));
  admin.get("/new", (_req, res) => res.render("admin/champions/form", { values: {}, places: PLACES }));
  admin.post("/new", async (req, res) => {
    const parsed = validate(championSchema, req.body);
    if (!parsed.ok)
      return res
        .status(400)
        .render("admin/champions/form", { values: formValues(req.body), errors: parsed.errors, places: PLACES });
    await deps.champions.create(parsed.data, req.user?.id ?? "");
    res.redirect(303, "/admin/champions");
  });
  admin.get("/:id", async (req, res) => {
    const champion = await deps.champions.get(req.params.id);
    if (!champion) throw notFound();
    res.render("admin/champions/form", { champion, values: champion, places: PLACES });
  });
  admin.post("/:id", async (req, res) => {
    const champion = await deps.champions.get(req.params.id);
    if (!champion) throw notFound();
    const parsed = validate(championSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/champions/form", {
        champion,
        values: formValues(req.body),
        errors: parsed.errors,
        places: PLACES,
      });
    await deps.champions.update(champion.id, parsed.data, req.user?.id ?? "");
    res.redirect(303, "/admin/champions");
  });
  admin.get("/:id/remove", async (req, res) => {
    const champion = await deps.champions.get(req.params.id);
    if (!champion) throw notFound();
    res.render("admin/champions/remove", { champion });
  });
  admin.post("/:id/remove", async (req, res) => {
    if (!(await deps.champions.remove(req.params.id, req.user?.id ?? ""))) throw notFound();
    res.redirect(303, "/admin/champions");
  });
  router.use("/admin/champions", admin);
  return router;
}
