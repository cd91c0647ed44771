import type { RequestHandler } from "express";
import { verifySchema } from "../schemas.js";
import type { AwardsService } from "../service.js";

export function showVerifyForm(): RequestHandler {
  return (req, res) => {
    const { code } = verifySchema.parse(req.query);
    if (code) return res.redirect(303, `/verify/${encodeURIComponent(code)}`);
    res.render("awards/verify-form", {});
  };
}

export function showVerification(deps: { awards: AwardsService }): RequestHandler {
  return async (req, res) => {
    const result = await deps.awards.verify(String(req.params.code).slice(0, 40));
    // The answer changes when an award is revoked or expires, so keep shared caches brief.
    res.set("Cache-Control", "public, max-age=60").render("awards/verify", { result });
  };
}
