import type { ErrorRequestHandler, Request } from "express";
import { HttpError } from "../../platform/errors.js";
import { seal, unseal } from "../../platform/signed.js";
import { formBody } from "../../platform/validation.js";
import { readDeclaration, readOrgDetails, readThemeAnswers } from "./forms.js";
import type { ApplicationsService } from "./service.js";
import type { Actor, ThemeValue } from "./types.js";
import { listField } from "../../platform/text.js";

// When a session has ended by the time someone saves a section, the CSRF check refuses the post.
// Rather than lose what they typed, the portal asks them to sign in again, carrying the answers
// (sealed, so they come back unchanged) through the sign-in form, and saves them afterwards.

declare module "express-session" {
  interface SessionData {
    unsavedAnswers?: { path: string; fields: Record<string, unknown> };
  }
}

const SAVE_PATH =
  /^\/applications\/([^/]+)\/(organisation|themes|themes\/(social|economic|environment|innovation)|declaration)$/;
const MAX_AGE_MS = 4 * 60 * 60_000;
const SECTION_NAMES: Record<string, string> = {
  organisation: "Organisation details",
  themes: "Choose themes",
  declaration: "Declaration",
};

interface PendingSave {
  path: string;
  fields: Record<string, unknown>;
}

function sectionName(path: string): string {
  const match = SAVE_PATH.exec(path);
  if (!match) return "your application";
  if (match[3]) return `the ${match[3].charAt(0).toUpperCase()}${match[3].slice(1)} theme`;
  return SECTION_NAMES[match[2] ?? ""] ?? "your application";
}

/** Answers an expired-session save with a sign-in page that keeps the answers. */
export function signInToSave(secret: string): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const refusedForToken = error instanceof HttpError && error.reason === "csrf";
    if (!refusedForToken || req.method !== "POST" || req.user || !SAVE_PATH.test(req.path)) return next(error);
    const fields = Object.fromEntries(Object.entries(formBody(req.body)).filter(([key]) => key !== "_csrf"));
    res
      .status(401)
      .set("Cache-Control", "no-store")
      .render("applications/sign-in-to-save", {
        pendingSave: seal(secret, { path: req.path, fields } satisfies PendingSave),
        returnTo: req.path,
        section: sectionName(req.path),
        values: {},
      });
  };
}

/**
 * After sign-in: saves the answers carried through it, as the person's own save would have.
 * Returns where to go next, or null when there was nothing to save.
 */
export async function resumePendingSave(
  applications: ApplicationsService,
  secret: string,
  req: Request,
  actor: Actor,
  sealed: unknown,
): Promise<string | null> {
  const pending = unseal<PendingSave>(secret, sealed, MAX_AGE_MS);
  const match = pending ? SAVE_PATH.exec(pending.path) : null;
  if (!pending || !match) return null;
  const id = match[1]!;
  const fields = pending.fields;
  const version = typeof fields.version === "string" && /^\d+$/.test(fields.version) ? Number(fields.version) : -1;
  const complete = fields.action !== "draft";
  const options = { version, complete };
  const result =
    match[2] === "organisation"
      ? await applications.saveOrgDetails(actor, id, readOrgDetails(fields), options)
      : match[2] === "themes"
        ? await applications.saveThemes(actor, id, listField(fields.chosenThemes), options)
        : match[2] === "declaration"
          ? await applications.saveDeclaration(actor, id, readDeclaration(fields), options)
          : await applications.saveTheme(
              actor,
              id,
              match[3]!.toUpperCase() as ThemeValue,
              readThemeAnswers(fields),
              options,
            );
  if (!result) return "/apply";
  if (result.outcome === "locked") return `/applications/${id}/status`;
  if (result.outcome === "saved") {
    return result.completed ? `/applications/${id}?saved=section` : `${pending.path}?resumed=saved`;
  }
  // Someone else saved meanwhile: keep these answers for the form, next to theirs.
  req.session.unsavedAnswers = { path: pending.path, fields };
  return `${pending.path}?resumed=unsaved`;
}

/** Answers kept for a form after a save that could not go through, taken once. */
export function takeUnsavedAnswers(req: Request): Record<string, unknown> | null {
  const stash = req.session?.unsavedAnswers;
  if (!stash || stash.path !== req.path) return null;
  delete req.session.unsavedAnswers;
  return stash.fields;
}
