import type { ContentDeps } from "./deps.js";
import { publicPathOf } from "./paths.js";
import { toView, withAttachments, type ContentKindValue, type PageView } from "./views.js";

const ADMIN_PAGE_SIZE = 25;

/** A page as the public sees it, or the lead (who also sees unpublished pages); null for 404. */
export async function findPage(
  deps: ContentDeps,
  viewer: { isLead: boolean },
  kind: ContentKindValue,
  slug: string,
): Promise<PageView | null> {
  const row = await deps.prisma.contentPage.findUnique({
    where: { kind_slug: { kind, slug } },
    include: withAttachments,
  });
  if (!row || (!row.published && !viewer.isLead)) return null;
  return toView(row);
}

export async function findPageById(deps: ContentDeps, id: string): Promise<PageView | null> {
  const row = await deps.prisma.contentPage.findUnique({ where: { id }, include: withAttachments });
  return row ? toView(row) : null;
}

/** Published guides for the library, optionally in one category, with every category in use. */
export async function library(deps: ContentDeps, category: string) {
  const rows = await deps.prisma.contentPage.findMany({
    where: { kind: "GUIDE", published: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: {
      id: true,
      kind: true,
      slug: true,
      system: true,
      title: true,
      summary: true,
      category: true,
      contentUpdatedAt: true,
    },
  });
  const categories = [...new Set(rows.map((row) => row.category).filter(Boolean))].sort();
  const chosen = categories.includes(category) ? category : "";
  return {
    category: chosen,
    categories,
    guides: rows
      .filter((row) => !chosen || row.category === chosen)
      .map((row) => ({ ...row, path: publicPathOf(row) })),
  };
}

export interface PublishedPage {
  kind: ContentKindValue;
  slug: string;
  system: boolean;
  title: string;
  summary: string;
  path: string;
  sortOrder: number;
  /** When readers' text last changed: its newest version was saved, or it was published, if later. */
  lastModified: Date;
}

/** Every published page and guide, in the lead's order, for the site's maps. */
export async function publishedPages(deps: ContentDeps): Promise<PublishedPage[]> {
  const rows = await deps.prisma.contentPage.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: {
      kind: true,
      slug: true,
      system: true,
      title: true,
      summary: true,
      sortOrder: true,
      contentUpdatedAt: true,
      updatedAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map(({ versions, contentUpdatedAt, updatedAt, ...row }) => {
    const dates = [versions[0]?.createdAt, contentUpdatedAt].filter((d): d is Date => d instanceof Date);
    const lastModified = dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : updatedAt;
    return { ...row, path: publicPathOf(row), lastModified };
  });
}

/** Everything, for the lead's list: newest change first, paginated. */
export async function adminList(deps: ContentDeps, filter: { kind?: ContentKindValue; page: number }) {
  const { prisma } = deps;
  const where = filter.kind ? { kind: filter.kind } : {};
  const total = await prisma.contentPage.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await prisma.contentPage.findMany({
    where,
    orderBy: [{ system: "desc" }, { kind: "asc" }, { sortOrder: "asc" }, { title: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: { id: true, kind: true, slug: true, title: true, system: true, published: true, updatedAt: true },
  });
  return { total, page, pageCount, items: rows.map((row) => ({ ...row, path: publicPathOf(row) })) };
}

/** A file of a page the viewer may read, for download; null for 404. */
export async function findDownload(
  deps: ContentDeps,
  viewer: { isLead: boolean },
  kind: ContentKindValue,
  slug: string,
  attachmentId: string,
) {
  const page = await deps.prisma.contentPage.findUnique({ where: { kind_slug: { kind, slug } } });
  if (!page || (!page.published && !viewer.isLead)) return null;
  const file = await deps.prisma.attachment.findFirst({ where: { id: attachmentId, pageId: page.id } });
  return file ? { file, published: page.published } : null;
}
