import type { Request, RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { AwardsService } from "../service.js";

type Deps = { awards: AwardsService };

async function certificateOr404(deps: Deps, req: Request) {
  const view = await deps.awards.certificate(signedInUser(req), String(req.params.id));
  if (!view) throw notFound();
  return view;
}

export function showCertificate(deps: Deps): RequestHandler {
  return async (req, res) => {
    const certificate = await certificateOr404(deps, req);
    res.set("Cache-Control", "no-store").render("awards/certificate", { certificate });
  };
}

export function downloadCertificate(deps: Deps): RequestHandler {
  return async (req, res) => {
    const certificate = await certificateOr404(deps, req);
    const pdf = await deps.awards.certificatePdf(certificate);
    res
      .set("Cache-Control", "no-store")
      .type("application/pdf")
      .attachment(`social-value-award-${certificate.code}.pdf`)
      .send(pdf);
  };
}
