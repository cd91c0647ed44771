import { Router } from "express";
import { z } from "zod";
import { validate } from "../../platform/validation.js";
import { setPublicCacheHeaders } from "../../platform/cache-headers.js";
import type { SearchService } from "./service.js";

const querySchema = z.object({
  q: z.string().max(200).catch("").default(""),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export function searchRoutes(deps: { search: SearchService }): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const parsed = validate(querySchema, req.query);
    const { q, page } = parsed.ok ? parsed.data : { q: "", page: 1 };
    const results = q.trim() ? await deps.search.search(q, page) : null;
    setPublicCacheHeaders(req, res);
    res.render("search/search", { q, results });
  });
  return router;
}
