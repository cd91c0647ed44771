import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import type { Db } from "../../platform/db/index.js";

/** The programme lead's area. */
export function adminRoutes(deps: { prisma: Db }): Router {
  const router = Router();
  router.use("/admin", requireRole("PROGRAMME_LEAD"));
  router.get("/admin", async (_req, res) => {
    const [byRole, organisations] = await Promise.all([
      deps.prisma.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
      deps.prisma.organisation.count(),
    ]);
    const count = (role: string) => byRole.find((row) => row.role === role)?._count._all ?? 0;
    res.set("Cache-Control", "no-store").render("admin/index", {
      figures: {
        applicants: count("APPLICANT"),
        assessors: count("ASSESSOR"),
        leads: count("PROGRAMME_LEAD"),
        organisations,
      },
    });
  });
  return router;
}
