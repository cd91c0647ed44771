import { Router } from "express";
import { requireRole, requireSignIn } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { formValues, validate } from "../../platform/validation.js";
import { type ContentService, setPageCacheHeaders, systemPage } from "../content/index.js";
import { ORGANISATION_TYPES, PLACES } from "../programme/index.js";
import { reasonSchema, signatoriesQuerySchema, signRequestSchema } from "./schemas.js";
import type { CharterService } from "./service.js";

export function charterRoutes(deps: { charter: CharterService; content: ContentService }): Router {
  const router = Router();
  const { charter } = deps;

  router.get("/charter", async (req, res) => {
    const page = await systemPage(deps.content, req, "charter");
    const parsed = validate(signatoriesQuerySchema, req.query);
    const filter = parsed.ok ? parsed.data : { page: 1 };
    const signatories = await charter.signatories(filter);
    setPageCacheHeaders(req, res, page);
    res.render("charter/charter", { page, signatories, filter, sectors: ORGANISATION_TYPES, places: PLACES });
  });

  router.get("/charter/sign", requireSignIn, async (req, res) => {
    const organisations = await charter.ownedOrganisations(req.user?.id ?? "");
    res.set("Cache-Control", "no-store").render("charter/sign", { organisations, values: {} });
  });
  router.post("/charter/sign", requireSignIn, async (req, res) => {
    const userId = req.user?.id ?? "";
    const parsed = validate(signRequestSchema, req.body);
    const result = parsed.ok ? await charter.request(userId, parsed.data) : parsed;
    if (!result.ok) {
      const organisations = await charter.ownedOrganisations(userId);
      return res
        .status(400)
        .set("Cache-Control", "no-store")
        .render("charter/sign", { organisations, values: formValues(req.body), errors: result.errors });
    }
    res.redirect(303, "/charter/sign/sent");
  });
  router.get("/charter/sign/sent", requireSignIn, (_req, res) =>
    res.set("Cache-Control", "no-store").render("charter/sent"),
  );

  const admin = Router();
  admin.use(requireRole("PROGRAMME_LEAD"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  admin.get("/", async (_req, res) => {
    const [pending, approved, declined] = await Promise.all([
      charter.forLead("PENDING"),
      charter.forLead("APPROVED"),
      charter.forLead("DECLINED"),
    ]);
    res.render("admin/charter/index", { pending, approved, declined });
  });
  admin.get("/:id", async (req, res) => {
    const signature = await charter.get(req.params.id);
    if (!signature) throw notFound();
    res.render("admin/charter/review", { signature, values: {} });
  });
  admin.post("/:id/approve", async (req, res) => {
    if (!(await charter.approve(req.params.id, req.user?.id ?? ""))) throw notFound();
    res.redirect(303, "/admin/charter");
  });
  const withReason = (action: "decline" | "remove") =>
    admin.post(`/:id/${action}`, async (req, res) => {
      const signature = await charter.get(req.params.id);
      if (!signature) throw notFound();
      const parsed = validate(reasonSchema, req.body);
      if (!parsed.ok) {
        return res.status(400).render("admin/charter/review", {
          signature,
          values: formValues(req.body),
          errors: { [`${action}-reason`]: parsed.errors.reason ?? "Enter the reason" },
        });
      }
      const done =
        action === "decline"
          ? await charter.decline(signature.id, parsed.data.reason, req.user?.id ?? "")
          : await charter.remove(signature.id, parsed.data.reason, req.user?.id ?? "");
      if (!done) throw notFound();
      res.redirect(303, "/admin/charter");
    });
  withReason("decline");
  withReason("remove");
  router.use("/admin/charter", admin);
  return router;
}
