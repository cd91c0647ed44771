import type { Express } from "express";
import nunjucks from "nunjucks";
import { assetPath, type AssetManifest } from "./assets.js";
import { dateTime, longDate } from "./dates.js";
import { fromRoot } from "./paths.js";

export const SERVICE_NAME = "Cheshire and Merseyside Social Value";

export function setUpNunjucks(app: Express, manifest: AssetManifest): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([fromRoot("views"), fromRoot("node_modules/govuk-frontend/dist")], {
      noCache: false,
    }),
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
  );
  env.addGlobal("serviceName", SERVICE_NAME);
  env.addGlobal("asset", (name: string) => assetPath(manifest, name));
  env.addGlobal(
    "labelOf",
    (options: readonly { value: string; label: string }[], value: string) =>
      options.find((option) => option.value === value)?.label ?? value,
  );
  /** Design-system `items` for radios and checkboxes, with the chosen ones checked. */
  env.addGlobal(
    "choiceItems",
    (options: readonly { value: string; label: string; hint?: string }[], chosen: string | string[] | undefined) => {
      const picked = Array.isArray(chosen) ? chosen : typeof chosen === "string" ? chosen.split(",") : [];
      return options.map((option) => ({
        value: option.value,
        text: option.label,
        ...(option.hint ? { hint: { text: option.hint } } : {}),
        checked: picked.includes(option.value),
      }));
    },
  );
  env.addFilter("splitList", (value: string | undefined) => (value ? value.split(",") : []));
  env.addFilter("longDate", longDate);
  env.addFilter("dateTime", dateTime);
  /** Builds the `errorList` for govukErrorSummary from { field: message }. */
  env.addFilter("errorList", (errors: Record<string, string> | undefined) =>
    Object.entries(errors ?? {}).map(([field, text]) => ({ text, href: `#${field}` })),
  );
  /** Turns a field's message into the design system's `errorMessage` option, or false. */
  env.addFilter("fieldError", (errors: Record<string, string> | undefined, field: string) =>
    errors?.[field] ? { text: errors[field] } : false,
  );
  /** Plain text shown as HTML: escaped, with web addresses made into links. */
  env.addFilter("linkify", (text: string) => {
    const escaped = escapeHtml(String(text ?? ""));
    return new nunjucks.runtime.SafeString(
      escaped.replace(/https?:\/\/[^\s<>"']+/g, (url: string) => `<a class="govuk-link" href="${url}">${url}</a>`),
    );
  });
  app.set("view engine", "njk");
  env.express(app);
  return env;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}
