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
  admin.route("/contact").get(showContact(deps)).post(saveContact(deps));
  admin.route("/award").get(showAward(deps)).post(saveAward(deps));
  admin.route("/window").get(showWindow(deps)).post(saveWindow(deps));
  admin.route("/retention").get(showRetention(deps)).post(saveRetention(deps));
  admin.route("/footer").get(showFooter(deps)).post(saveFooter(deps));

  const router = Router();
  router.use("/admin/settings", admin);
  return router;
}
