import { Router, type RequestHandler } from "express";
import { requireRole } from "../../platform/auth.js";
import { awardForm } from "./pages/award.js";
import { contactForm } from "./pages/contact.js";
import { footerForm } from "./pages/footer.js";
import { retentionForm } from "./pages/retention.js";
import type { Deps } from "./pages/types.js";
import { windowForm } from "./pages/window.js";
import { noStore } from "../../platform/cache-headers.js";

const showSettings: RequestHandler = (req, res) => res.render("admin/settings/index", { saved: req.query.saved });

/** The lead's pages for the settings kept in the database. */
export function settingsRoutes(deps: Deps): Router {
  const admin = Router();
  // Each form shows the values saved a moment ago, never a copy kept by the browser.
  admin.use(requireRole("PROGRAMME_LEAD"), noStore);
  const formPage = (path: string, form: { show: RequestHandler; save: RequestHandler }) =>
    admin.route(path).get(form.show).post(form.save);
  admin.get("/", showSettings);
  formPage("/contact", contactForm(deps));
  formPage("/award", awardForm(deps));
  formPage("/window", windowForm(deps));
  formPage("/retention", retentionForm(deps));
  formPage("/footer", footerForm(deps));

  const router = Router();
  router.use("/admin/settings", admin);
  return router;
}
