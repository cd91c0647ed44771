import { formatFileSize } from "../../platform/file-checks.js";
import { renderMarkdown } from "../../platform/markdown.js";
import { publicPathOf } from "./paths.js";

export type ContentKindValue = "PAGE" | "GUIDE";

export interface AttachmentView {
  id: string;
  title: string;
  fileName: string;
  extension: string;
  size: number;
  sizeText: string;
  href: string;
  updatedAt: Date;
}

export interface PageView {
  id: string;
  kind: ContentKindValue;
  slug: string;
  title: string;
  summary: string;
  category: string;
  body: string;
  html: string;
  system: boolean;
  published: boolean;
  firstPublishedAt: Date | null;
  contentUpdatedAt: Date | null;
  updatedAt: Date;
  path: string;
  attachments: AttachmentView[];
}

type PageRow = {
  id: string;
  kind: string;
  slug: string;
  title: string;
  summary: string;
  category: string;
  body: string;
  system: boolean;
  published: boolean;
  firstPublishedAt: Date | null;
  contentUpdatedAt: Date | null;
  updatedAt: Date;
  attachments?: {
    id: string;
    title: string;
    fileName: string;
    extension: string;
    size: number;
    updatedAt: Date;
  }[];
};

/** A page's files, in the order they were added, for a query that builds a PageView. */
export const withAttachments = { attachments: { orderBy: { createdAt: "asc" as const } } };

export function toView(row: PageRow): PageView {
  const path = publicPathOf(row);
  return {
    id: row.id,
    kind: row.kind as ContentKindValue,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: row.category,
    body: row.body,
    html: renderMarkdown(row.body),
    system: row.system,
    published: row.published,
    firstPublishedAt: row.firstPublishedAt,
    contentUpdatedAt: row.contentUpdatedAt,
    updatedAt: row.updatedAt,
    path,
    attachments: (row.attachments ?? []).map((file) => ({
      ...file,
      sizeText: formatFileSize(file.size),
      href: `${row.system ? `/${row.slug}` : path}/files/${file.id}`,
    })),
  };
}
