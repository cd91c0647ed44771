import { FOOTER_LINK_ROWS, footerSchema } from "../schemas.js";
import type { ProgrammeSettings } from "../service.js";
import { settingsForm } from "./form.js";
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

/** The links in every page's footer, a row each. Rows left blank are dropped, so the links close up. */
export const footerForm = (deps: Deps) =>
  settingsForm(deps, {
    key: "footerLinks",
    name: "footer",
    schema: footerSchema,
    locals: { rows },
    values: footerValues,
    toSetting: (answers) =>
      rows
        .map((i) => ({ text: String(answers[`text-${i}`] ?? ""), href: String(answers[`href-${i}`] ?? "") }))
        .filter((link) => link.text && link.href),
  });
