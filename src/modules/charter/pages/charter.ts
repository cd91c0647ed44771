import type { RequestHandler } from "express";
import { validate } from "../../../platform/validation.js";
import { type ContentService, setPageCacheHeaders, systemPage } from "../../content/index.js";
import { ORGANISATION_TYPES, PLACES } from "../../programme/index.js";
import { signatoriesQuerySchema } from "../schemas.js";
import type { CharterService } from "../service.js";

/** The charter's public page, with its list of signatories. */
export function showCharter(deps: { charter: CharterService; content: ContentService }): RequestHandler {
  return async (req, res) => {
    const page = await systemPage(deps.content, req, "charter");
    const parsed = validate(signatoriesQuerySchema, req.query);
    const filter = parsed.ok ? parsed.data : { page: 1 };
    const signatories = await deps.charter.signatories(filter);
    setPageCacheHeaders(req, res, page);
    res.render("charter/charter", { page, signatories, filter, sectors: ORGANISATION_TYPES, places: PLACES });
  };
}
