import { Router } from "express";
import { requireRole, requireSignIn } from "../../platform/auth.js";
import type { ContentService } from "../content/index.js";
import { showCharter } from "./pages/charter.js";
import { approveRequest, showRequest, showRequests, withReason } from "./pages/review.js";
import { requestToSign, showSent, showSignForm } from "./pages/sign.js";
import type { CharterService } from "./service.js";
import { noStore } from "../../platform/cache-headers.js";

export function charterRoutes(deps: { charter: CharterService; content: ContentService }): Router {
  const router = Router();
  router.get("/charter", showCharter(deps));
  router.route("/charter/sign").get(requireSignIn, showSignForm(deps)).post(requireSignIn, requestToSign(deps));
  router.get("/charter/sign/sent", requireSignIn, showSent());

  const admin = Router();
  admin.use(requireRole("PROGRAMME_LEAD"), noStore);
  admin.get("/", showRequests(deps));
  admin.get("/:id", showRequest(deps));
  admin.post("/:id/approve", approveRequest(deps));
  admin.post("/:id/decline", withReason(deps, "decline"));
  admin.post("/:id/remove", withReason(deps, "remove"));
  router.use("/admin/charter", admin);
  return router;
}
