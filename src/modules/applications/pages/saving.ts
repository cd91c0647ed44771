import type { Request, Response } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { HttpError, notFound } from "../../../platform/errors.js";
import { textField } from "../../../platform/validation.js";
import type { SaveOutcome } from "../save-sections.js";
import type { ApplicationsService } from "../service.js";

/** The section's version the form was read at; anything made up counts as out of date. */
export function versionOf(body: unknown): number {
  const raw = textField(body, "version");
  return /^\d+$/.test(raw) ? Number(raw) : -1;
}

export const wantsToContinue = (body: unknown) => textField(body, "action") !== "draft";
export const cameFromCheck = (req: Request) => textField(req.body, "from") === "check" || req.query.from === "check";

export function locked(applicationId: string): HttpError {
  return new HttpError(
    409,
    "This application has been submitted, so it can no longer be changed. You can see where it is on its status page.",
    `locked:${applicationId}`,
  );
}

/** The application in the address, or 404 unless the person is a member of its organisation. */
export async function viewOr404(applications: ApplicationsService, req: Request) {
  const view = await applications.view(signedInUser(req).id, String(req.params.id));
  if (!view) throw notFound();
  return view;
}

/** After a save: 409 for a conflict, 400 for answers that need attention, otherwise onward. */
export function afterSave<T>(
  req: Request,
  res: Response,
  result: SaveOutcome<T> | null,
  render: (status: number, extra: Record<string, unknown>) => void,
) {
  const id = String(req.params.id);
  if (!result) throw notFound();
  if (result.outcome === "locked") throw locked(id);
  if (result.outcome === "conflict") {
    return render(409, { conflict: { theirs: result.theirs }, version: result.version });
  }
  const version = versionOf(req.body) + 1;
  if (!wantsToContinue(req.body)) return res.redirect(303, `/applications/${id}?saved=draft`);
  if (!result.completed) return render(400, { errors: result.errors, version });
  res.redirect(303, cameFromCheck(req) ? `/applications/${id}/check-answers` : `/applications/${id}?saved=section`);
}
