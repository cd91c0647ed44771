import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { ApplicationsDeps } from "./deps.js";
import { isUniqueViolation, loadForMember } from "./queries.js";
import { ORG_DETAIL_FIELDS, THEME_FIELDS } from "./view.js";

/**
 * Starts a new application from a copy of a previous one that is no longer live. Every section
 * is copied as "in progress" so that the organisation reviews it; the declaration is not copied.
 */
export async function reapply(
  { prisma, evidence, now }: ApplicationsDeps,
  actor: Actor,
  previousId: string,
): Promise<{ id: string } | "live-exists" | null> {
  const previous = await loadForMember(prisma, actor.id, previousId);
  if (!previous) return null;
  if (previous.liveKey !== null) return "live-exists";
  const startedAt = now();
  const files = await evidence.copyFor(previous.themes);
  try {
    return await prisma.$transaction(async (tx) => {
      const copy = await tx.application.create({
        data: {
          organisationId: previous.organisationId,
          liveKey: previous.organisationId,
          createdById: actor.id,
          copiedFromId: previous.id,
          ...Object.fromEntries(ORG_DETAIL_FIELDS.map((f) => [f, previous[f]])),
          orgDetailsStartedAt: startedAt,
          chosenThemes: previous.chosenThemes,
          themesStartedAt: previous.chosenThemes ? startedAt : null,
          themes: {
            create: previous.themes.map((t) => ({
              theme: t.theme,
              ...Object.fromEntries(THEME_FIELDS.map((f) => [f, t[f]])),
              startedAt,
              updatedById: actor.id,
              evidence: {
                create: (files.byTheme.get(t.theme) ?? []).map((file) => ({ ...file, uploadedById: actor.id })),
              },
            })),
          },
        },
      });
      await recordAudit(tx, actor.id, "application.reapply", ["Application", copy.id], {
        after: { copiedFrom: previous.id },
      });
      return { id: copy.id };
    });
  } catch (error) {
    await files.discard();
    if (isUniqueViolation(error)) return "live-exists";
    throw error;
  }
}
