import { Router } from "express";
import { requireRole } from "../../platform/auth.js";

/** The assessors' area (assessors and the programme lead). It lists assigned work once applications exist. */
export function assessmentRoutes(): Router {
  const router = Router();
  router.use("/assessment", requireRole("ASSESSOR", "PROGRAMME_LEAD"));
  router.get("/assessment", (_req, res) => {
    res.set("Cache-Control", "no-store").render("assessment/index");
  });
  return router;
}
