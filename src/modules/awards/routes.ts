import { Router } from "express";
import { requireRole, requireSignIn } from "../../platform/auth.js";
import { downloadCertificate, showCertificate } from "./pages/certificate.js";
import { setListing } from "./pages/listing.js";
import { revokeAward, showRevoke } from "./pages/revoke.js";
import { showVerification, showVerifyForm } from "./pages/verify.js";
import type { AwardsService } from "./service.js";

/** Certificates, the public verification page, revocation and the consent to be listed. */
export function awardsRoutes(deps: { awards: AwardsService }): Router {
  const router = Router();
  router.get("/awards/:id/certificate", requireSignIn, showCertificate(deps));
  router.get("/awards/:id/certificate.pdf", requireSignIn, downloadCertificate(deps));
  router.post("/awards/:id/listing", requireRole("APPLICANT"), setListing(deps));

  // Public: no session is needed to check a certificate.
  router.get("/verify", showVerifyForm());
  router.get("/verify/:code", showVerification(deps));

  const lead = requireRole("PROGRAMME_LEAD");
  router.route("/admin/awards/:id/revoke").get(lead, showRevoke(deps)).post(lead, revokeAward(deps));

  return router;
}
