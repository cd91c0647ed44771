import type { Actor } from "../../platform/auth.js";
import { joinList } from "../../platform/text.js";
import { validate, type FieldErrors, type Validated } from "../../platform/validation.js";
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
  /**
   * Whether the person asked for the section to count as finished; "keep" (an upload on a theme
   * page) leaves a finished section finished while its answers still pass their checks.
   */
  complete: boolean | "keep";
}

/** A section answered on one page, by the prefix of its columns. */
type Section = "orgDetails" | "declaration";

/**
 * Saves a section's answers (`stored`, as its columns hold them) if the section is still at the
 * version the form was read at; otherwise says who saved what since, or that it is locked.
 */
async function saveSection<T>(
  { prisma, now }: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  section: { name: Section; stored: object; check: Validated<unknown>; options: SaveOptions },
): Promise<SaveOutcome<T> | null> {
  const { name, check, options } = section;
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  if (!isEditable(row.status)) return { outcome: "locked" };
  const completed = check.ok && options.complete === true;
  const result = await prisma.application.updateMany({
    where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, [`${name}Version`]: options.version },
    data: {
      ...section.stored,
      [`${name}StartedAt`]: row[`${name}StartedAt`] ?? now(),
      [`${name}CompletedAt`]: completed ? now() : null,
      [`${name}Version`]: { increment: 1 },
    },
  });
  if (result.count === 1) return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
  const fresh = await loadForMember(prisma, actor.id, applicationId);
  if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
  return { outcome: "conflict", theirs: toView(fresh)[name] as T, version: fresh[`${name}Version`] };
}

/** A section's save, as the service and the pages call it. */
type SectionSave<T> = (
  deps: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
  answers: T,
  options: SaveOptions,
) => Promise<SaveOutcome<T> | null>;

export const saveOrgDetails: SectionSave<OrgDetails> = (deps, actor, applicationId, answers, options) => {
  const check = validate(orgDetailsSchema, answers);
  // The places are kept as one list column.
  const stored = check.ok ? { ...answers, ...check.data, orgPlaces: joinList(check.data.orgPlaces) } : answers;
  return saveSection(deps, actor, applicationId, { name: "orgDetails", stored, check, options });
};

export const saveDeclaration: SectionSave<Declaration> = (deps, actor, applicationId, answers, options) =>
  saveSection(deps, actor, applicationId, {
    name: "declaration",
    stored: answers,
    check: validate(declarationSchema, answers),
    options,
  });
