import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { RequestHandler } from "express";
import helmet from "helmet";
import { fromRoot } from "./paths.js";

/**
 * The design system's page template has one fixed inline script, which marks the page as having
 * JavaScript. It is allowed by its hash rather than a nonce, so that a page's HTML is the same for
 * every visitor and can be cached.
 */
export function templateScriptHash(): string {
  const template = readFileSync(fromRoot("node_modules/govuk-frontend/dist/govuk/template.njk"), "utf8");
  const match = /<script[^>]*>([^<]+)<\/script>/.exec(template);
  if (!match?.[1]) throw new Error("Could not find the inline script in govuk-frontend's template.njk");
  return `'sha256-${createHash("sha256").update(match[1]).digest("base64")}'`;
}

export function securityHeaders(options: { isProduction: boolean }): RequestHandler {
  const scriptHash = templateScriptHash();
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", scriptHash],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(options.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  });
}

export const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  next();
};
