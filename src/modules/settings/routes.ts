import { Router, type RequestHandler } from "express";
import { requireRole } from "../../platform/auth.js";
import { saveAward, showAward } from "./pages/award.js";
import { saveContact, showContact } from "./pages/contact.js";
import { saveFooter, showFooter } from "./pages/footer.js";
import { saveRetention, showRetention } from "./pages/retention.js";
import type { Deps } from "./pages/types.js";
import { saveWindow, showWindow } from "./pages/window.js";
import { noStore } from "../../platform/cache-headers.js";

const showSettings: RequestHandler = (req, res) => res.render("admin/settings/index", { saved: req.query.saved });

/** The lead's pages for the settings kept in the database. */
export function settingsRoutes(deps: Deps): Router {
  const admin = Router();
  // Each form shows the values saved a moment ago, never a copy kept by the browser.
  admin.use(requireRole("PROGRAMME_LEAD"), noStore);
  admin.get("/", showSettings);
  admin.get("/contact", showContact(deps));
  admin.post("/contact", saveContact(deps));
  admin.get("/award", showAward(deps));
  admin.post("/award", saveAward(deps));
  admin.get("/window", showWindow(deps));
  admin.post("/window", saveWindow(deps));
  admin.get("/retention", showRetention(deps));
  admin.post("/retention", saveRetention(deps));
  admin.get("/footer", showFooter(deps));
  admin.post("/footer", saveFooter(deps));

  const router = Router();
  router.use("/admin/settings", admin);
  return router;
}
