import { Router, type Request } from "express";
import { actorOf, requireRole, requireSignIn, signedInUser } from "../../platform/auth.js";
import { HttpError, notFound } from "../../platform/errors.js";
import { formBody, validate } from "../../platform/validation.js";
import { listingSchema, revokeSchema, verifySchema } from "./schemas.js";
import type { AwardsService } from "./service.js";

/** Certificates, the public verification page, revocation and the consent to be listed. */
export function awardsRoutes(deps: { awards: AwardsService }): Router {
  const router = Router();
  const { awards } = deps;

  const certificateOr404 = async (req: Request) => {
    const view = await awards.certificate(signedInUser(req), String(req.params.id));
    if (!view) throw notFound();
    return view;
  };
  router.get("/awards/:id/certificate", requireSignIn, async (req, res) => {
    const certificate = await certificateOr404(req);
    res.set("Cache-Control", "no-store").render("awards/certificate", { certificate });
  });
  router.get("/awards/:id/certificate.pdf", requireSignIn, async (req, res) => {
    const certificate = await certificateOr404(req);
    const pdf = await awards.certificatePdf(certificate);
    res
      .set("Cache-Control", "no-store")
      .type("application/pdf")
      .attachment(`social-value-award-${certificate.code}.pdf`)
      .send(pdf);
  });

  router.post("/awards/:id/listing", requireRole("APPLICANT"), async (req, res) => {
    const input = validate(listingSchema, req.body);
    if (!input.ok) throw new HttpError(400, "Select whether your organisation may be listed on the register.");
    const result = await awards.setListing(signedInUser(req).id, String(req.params.id), input.data.listed === "yes");
    if (!result) throw notFound();
    res.redirect(303, `/applications/${result.applicationId}/status?listing=${input.data.listed}`);
  });

  // Public: no session is needed to check a certificate.
  router.get("/verify", (req, res) => {
    const { code } = verifySchema.parse(req.query);
    if (code) return res.redirect(303, `/verify/${encodeURIComponent(code)}`);
    res.render("awards/verify-form", {});
  });
  router.get("/verify/:code", async (req, res) => {
    const result = await awards.verify(String(req.params.code).slice(0, 40));
    // The answer changes when an award is revoked or expires, so keep shared caches brief.
    res.set("Cache-Control", "public, max-age=60").render("awards/verify", { result });
  });

  const lead = requireRole("PROGRAMME_LEAD");
  router.get("/admin/awards/:id/revoke", lead, async (req, res) => {
    const award = await awards.forLead(String(req.params.id));
    if (!award) throw notFound();
    res.set("Cache-Control", "no-store").render("awards/revoke", { award, values: {} });
  });
  router.post("/admin/awards/:id/revoke", lead, async (req, res) => {
    const award = await awards.forLead(String(req.params.id));
    if (!award) throw notFound();
    const input = validate(revokeSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("awards/revoke", { award, values: formBody(req.body), errors: input.errors });
    }
    const result = await awards.revoke(actorOf(req), award.id, input.data.revocationReason);
    if (!result) throw notFound();
    if (typeof result === "object") throw new HttpError(409, result.refused);
    res.redirect(303, `/admin/applications/${award.applicationId}?notice=revoked`);
  });

  return router;
}
