import type { Actor } from "../../platform/auth.js";
import { joinList } from "../../platform/text.js";
import { validate, type FieldErrors } from "../../platform/validation.js";
import type { ApplicationsDeps } from "./deps.js";
import { isEditable, loadForMember, toView } from "./queries.js";
import { declarationSchema, orgDetailsSchema } from "./schemas.js";
import { EDITABLE_STATUSES } from "./types.js";
import type { Declaration, OrgDetails } from "./view.js";

// Every section saves the same way: whatever was typed is kept, complete or not; the version the
// form was read at must still be the stored one, or the save is refused as a conflict; and nothing
// changes once the application has been submitted.

export type SaveOutcome<T> =
  | { outcome: "saved"; completed: boolean; errors: FieldErrors }
  | { outcome: "conflict"; theirs: T; version: number }
  | { outcome: "locked" };

export interface SaveOptions {
  /** The section's version when the form was read. */
  version: number;
  /** Whether the person asked for the section to count as finished. */
  complete: boolean;
}

export async function saveOrgDetails(
  { prisma, now }: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  answers: OrgDetails,
  options: SaveOptions,
): Promise<SaveOutcome<OrgDetails> | null> {
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  if (!isEditable(row.status)) return { outcome: "locked" };
  const check = validate(orgDetailsSchema, answers);
  const stored = check.ok ? { ...answers, ...check.data, orgPlaces: joinList(check.data.orgPlaces) } : answers;
  const completed = check.ok && options.complete;
  const result = await prisma.application.updateMany({
    where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, orgDetailsVersion: options.version },
    data: {
      ...stored,
      orgDetailsStartedAt: row.orgDetailsStartedAt ?? now(),
      orgDetailsCompletedAt: completed ? now() : null,
      orgDetailsVersion: { increment: 1 },
    },
  });
  if (result.count === 1) return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
  const fresh = await loadForMember(prisma, actor.id, applicationId);
  if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
  return { outcome: "conflict", theirs: toView(fresh).orgDetails, version: fresh.orgDetailsVersion };
}

export async function saveDeclaration(
  { prisma, now }: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  answers: Declaration,
  options: SaveOptions,
): Promise<SaveOutcome<Declaration> | null> {
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  if (!isEditable(row.status)) return { outcome: "locked" };
  const check = validate(declarationSchema, answers);
  const completed = check.ok && options.complete;
  const result = await prisma.application.updateMany({
    where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, declarationVersion: options.version },
    data: {
      ...answers,
      declarationStartedAt: row.declarationStartedAt ?? now(),
      declarationCompletedAt: completed ? now() : null,
      declarationVersion: { increment: 1 },
    },
  });
  if (result.count === 1) return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
  const fresh = await loadForMember(prisma, actor.id, applicationId);
  if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
  return { outcome: "conflict", theirs: toView(fresh).declaration, version: fresh.declarationVersion };
}
