import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import type { Db } from "../../platform/db/index.js";
import { showAdminHome } from "./pages/home.js";

/** The programme lead's area. */
export function adminRoutes(deps: { prisma: Db }): Router {
  const router = Router();
  router.use("/admin", requireRole("PROGRAMME_LEAD"));
  router.get("/admin", showAdminHome(deps));
  return router;
}
