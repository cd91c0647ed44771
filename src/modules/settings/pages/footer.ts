import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { formValues, validate } from "../../../platform/validation.js";
import { FOOTER_LINK_ROWS, footerSchema } from "../schemas.js";
import type { ProgrammeSettings } from "../service.js";
import type { Deps } from "./types.js";

const rows = Array.from({ length: FOOTER_LINK_ROWS }, (_, i) => i);

function footerValues(links: ProgrammeSettings["footerLinks"]): Record<string, unknown> {
  return Object.fromEntries(
    links.flatMap((link, i) => [
      [`text-${i}`, link.text],
      [`href-${i}`, link.href],
    ]),
  );
}

/** The links in every page's footer, a row each. */
export function showFooter(deps: Deps): RequestHandler {
  return async (_req, res) =>
    res.render("admin/settings/footer", { rows, values: footerValues(await deps.settings.get("footerLinks")) });
}

export function saveFooter(deps: Deps): RequestHandler {
  return async (req, res) => {
    const parsed = validate(footerSchema, req.body);
    if (!parsed.ok)
      return res
        .status(400)
        .render("admin/settings/footer", { rows, values: formValues(req.body), errors: parsed.errors });
    // Rows left blank are dropped, so the links close up.
    const links = rows
      .map((i) => ({ text: String(parsed.data[`text-${i}`] ?? ""), href: String(parsed.data[`href-${i}`] ?? "") }))
      .filter((link) => link.text && link.href);
    await deps.settings.set("footerLinks", links, signedInUser(req).id);
    res.redirect(303, "/admin/settings?saved=footer");
  };
}
