import { Router } from "express";
import type { Database } from "../../platform/db/index.js";

export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const up = await db.ping();
    res
      .status(up ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ status: up ? "ok" : "unavailable", database: { provider: db.provider, status: up ? "up" : "down" } });
  });
  return router;
}
