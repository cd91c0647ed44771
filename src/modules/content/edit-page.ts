import { recordAudit } from "../../platform/audit.js";
import type { FieldErrors } from "../../platform/validation.js";
import type { ContentDeps } from "./deps.js";
import { saveAsNewVersion } from "./new-version.js";
import { slugify, type ContentInput } from "./schemas.js";
import type { ContentKindValue } from "./views.js";

export type SaveResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

const SLUG_TAKEN = "Another page already uses this web address: choose a different one";

/** A new page or guide, unpublished, as its first version. */
export async function createPage(
  deps: ContentDeps,
  actorId: string,
  kind: ContentKindValue,
  input: ContentInput,
): Promise<SaveResult> {
  const { prisma } = deps;
  const slug = input.slug || slugify(input.title);
  if (!slug) return { ok: false, errors: { slug: "Enter a web address using letters or numbers" } };
  if (await prisma.contentPage.findUnique({ where: { kind_slug: { kind, slug } } })) {
    return { ok: false, errors: { slug: SLUG_TAKEN } };
  }
  const page = await prisma.$transaction(async (tx) => {
    const created = await tx.contentPage.create({
      data: {
        kind,
        slug,
        title: input.title,
        summary: input.summary,
        category: input.category,
        body: input.body,
        updatedById: actorId,
      },
    });
    await tx.contentVersion.create({
      data: {
        pageId: created.id,
        number: 1,
        title: input.title,
        summary: input.summary,
        category: input.category,
        body: input.body,
        createdById: actorId,
      },
    });
    await recordAudit(tx, actorId, "content.create", ["ContentPage", created.id], {
      after: { kind, slug, title: input.title },
    });
    return created;
  });
  return { ok: true, id: page.id };
}

/** Saves a new version; a published page changes for readers at once and is re-indexed. */
export async function updatePage(
  deps: ContentDeps,
  actorId: string,
  id: string,
  input: ContentInput,
): Promise<SaveResult | null> {
  const { prisma } = deps;
  const existing = await prisma.contentPage.findUnique({ where: { id } });
  if (!existing) return null;
  // A system page keeps its address.
  const slug = existing.system ? existing.slug : input.slug || existing.slug;
  if (slug !== existing.slug) {
    const clash = await prisma.contentPage.findUnique({ where: { kind_slug: { kind: existing.kind, slug } } });
    if (clash) return { ok: false, errors: { slug: SLUG_TAKEN } };
  }
  await prisma.$transaction(async (tx) => {
    await saveAsNewVersion(deps, tx, existing, { ...input, slug }, actorId);
    await recordAudit(tx, actorId, "content.update", ["ContentPage", id], {
      before: { slug: existing.slug, title: existing.title },
      after: { slug, title: input.title },
    });
  });
  return { ok: true, id };
}
