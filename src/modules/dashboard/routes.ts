import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { programmeYearLabel } from "./programme-year.js";
import { parseDashboardQuery } from "./schemas.js";
import type { DashboardService } from "./service.js";
import { dashboardView, mapView } from "./view.js";

/** The programme lead's dashboard and map of the nine places. */
export function dashboardRoutes(deps: { dashboard: DashboardService }): Router {
  const router = Router();
  const { dashboard } = deps;
  router.use("/admin/dashboard", requireRole("PROGRAMME_LEAD"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });

  const yearItems = (choices: number[], selected: number | null | undefined) => [
    { value: "all", text: "All years", selected: selected === null || selected === undefined },
    ...choices.map((year) => ({ value: String(year), text: programmeYearLabel(year), selected: year === selected })),
  ];

  /** The year typed, when it was a valid one, so that a mistake in another field keeps it. */
  const validYear = (raw: string | undefined) =>
    raw && dashboard.yearChoices().includes(Number(raw)) ? Number(raw) : undefined;

  router.get("/admin/dashboard", async (req, res) => {
    const choices = dashboard.yearChoices();
    const query = parseDashboardQuery(req.query, choices);
    if (!query.ok) {
      return res
        .status(400)
        .render("dashboard/index", { errors: query.errors, yearItems: yearItems(choices, validYear(query.raw.year)) });
    }
    const figures = await dashboard.figures(query.data.year);
    res.render("dashboard/index", {
      figures,
      ...dashboardView(figures),
      yearItems: yearItems(choices, query.data.year),
      allYears: query.data.year === null,
      yearParam: query.data.year === null ? "all" : String(query.data.year),
    });
  });

  router.get("/admin/dashboard/map", async (req, res) => {
    const choices = dashboard.yearChoices();
    const query = parseDashboardQuery(req.query, choices);
    if (!query.ok) {
      return res.status(400).render("dashboard/map", {
        errors: query.errors,
        yearItems: yearItems(choices, validYear(query.raw.year)),
        shade: query.raw.shade === "awards" ? "awards" : "applications",
      });
    }
    const figures = await dashboard.placeFigures(query.data.year);
    res.render("dashboard/map", {
      figures,
      ...mapView(figures, query.data.shade),
      shade: query.data.shade,
      yearItems: yearItems(choices, query.data.year),
      allYears: query.data.year === null,
      yearParam: query.data.year === null ? "all" : String(query.data.year),
    });
  });
  return router;
}
