import type { Db } from "../../platform/db/index.js";
import { escapeHtml } from "../../platform/nunjucks.js";
import { markdownToText } from "../../platform/markdown.js";

type Tx = Pick<Db, "searchTerm">;

const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in is it its of on or our that the their this to was we were will with you your".split(
    " ",
  ),
);

/** Lower-cased words without accents; the same for indexing and for queries. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => word.length > 1 && word.length <= 40 && !STOP_WORDS.has(word));
}

export interface IndexablePage {
  id: string;
  title: string;
  summary: string;
  category: string;
  body: string;
}

const WEIGHTS = { title: 10, summary: 4, category: 3, body: 1 } as const;
const MAX_BODY_WEIGHT = 5;

/** Rebuilds the index rows of one page (call inside the transaction that publishes or edits it). */
export async function indexPage(tx: Tx, page: IndexablePage): Promise<void> {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number, cap = Number.POSITIVE_INFINITY) => {
    const seen = new Map<string, number>();
    for (const word of wordsOf(text)) seen.set(word, Math.min(cap, (seen.get(word) ?? 0) + weight));
    for (const [word, value] of seen) weights.set(word, (weights.get(word) ?? 0) + value);
  };
  add(page.title, WEIGHTS.title, WEIGHTS.title);
  add(page.summary, WEIGHTS.summary, WEIGHTS.summary);
  add(page.category, WEIGHTS.category, WEIGHTS.category);
  add(markdownToText(page.body), WEIGHTS.body, MAX_BODY_WEIGHT);
  await tx.searchTerm.deleteMany({ where: { pageId: page.id } });
  if (weights.size > 0) {
    await tx.searchTerm.createMany({
      data: [...weights].map(([term, weight]) => ({ pageId: page.id, term, weight })),
    });
  }
}

export async function removeFromIndex(tx: Tx, pageId: string): Promise<void> {
  await tx.searchTerm.deleteMany({ where: { pageId } });
}

export interface SearchResult {
  title: string;
  path: string;
  kindLabel: string;
  /** Escaped text with the words searched for in <mark>. */
  snippetHtml: string;
  titleHtml: string;
}

export interface SearchResults {
  query: string;
  terms: string[];
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
}

const PAGE_SIZE = 10;
const MAX_TERMS = 8;

/**
 * Escapes the text, then marks the words that start with a term. Matches are looked for in the
 * escaped text, never inside an entity such as &amp;.
 */
export function highlight(text: string, terms: string[]): string {
  const escaped = escapeHtml(text);
  if (terms.length === 0) return escaped;
  const pattern = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const regex = new RegExp(`(?<![&#\\p{L}\\p{N}])(${pattern})[\\p{L}\\p{N}]*`, "giu");
  return escaped.replace(regex, (match) => `<mark>${match}</mark>`);
}

function snippetOf(text: string, terms: string[], length = 240): string {
  const lower = text.toLowerCase();
  let start = 0;
  for (const term of terms) {
    const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u"));
    if (at >= 0) {
      start = Math.max(0, at - 60);
      break;
    }
  }
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < start + 20 ? space + 1 : start;
  }
  const slice = text.slice(start, start + length);
  return `${start > 0 ? "… " : ""}${slice}${start + length < text.length ? " …" : ""}`;
}

export function createSearchService({
  prisma,
  pathOf,
}: {
  prisma: Db;
  pathOf: (page: { kind: string; slug: string; system: boolean }) => string;
}) {
  return {
    /**
     * Published pages holding every word of the query (each word may be the start of a longer
     * word), best first: a page scores the index weights of its matching words, so a match in a
     * title ranks above one in the body.
     */
    async search(query: string, pageNumber = 1): Promise<SearchResults> {
      const terms = [...new Set(wordsOf(query.slice(0, 200)))].slice(0, MAX_TERMS);
      const empty = { query, terms, total: 0, page: 1, pageCount: 0, results: [] };
      if (terms.length === 0) return empty;

      let scores: Map<string, number> | undefined;
      for (const term of terms) {
        const rows = await prisma.searchTerm.findMany({
          where: { term: { startsWith: term }, page: { published: true } },
          select: { pageId: true, weight: true },
        });
        const forTerm = new Map<string, number>();
        for (const row of rows) forTerm.set(row.pageId, Math.max(forTerm.get(row.pageId) ?? 0, row.weight));
        const next = new Map<string, number>();
        for (const [pageId, weight] of forTerm) {
          if (scores && !scores.has(pageId)) continue;
          next.set(pageId, (scores?.get(pageId) ?? 0) + weight);
        }
        scores = next;
        if (scores.size === 0) return empty;
      }
      const pages = await prisma.contentPage.findMany({
        where: { id: { in: [...(scores ?? new Map<string, number>()).keys()] }, published: true },
        select: { id: true, kind: true, slug: true, system: true, title: true, summary: true, body: true },
      });
      pages.sort((a, b) => (scores?.get(b.id) ?? 0) - (scores?.get(a.id) ?? 0) || a.title.localeCompare(b.title));
      const pageCount = Math.ceil(pages.length / PAGE_SIZE);
      const current = Math.min(Math.max(1, pageNumber), Math.max(1, pageCount));
      const results = pages.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((page) => {
        const text = [page.summary, markdownToText(page.body)].filter(Boolean).join(" ");
        return {
          title: page.title,
          path: pathOf(page),
          kindLabel: page.kind === "GUIDE" ? "Guide" : "Page",
          titleHtml: highlight(page.title, terms),
          snippetHtml: highlight(snippetOf(text, terms), terms),
        };
      });
      return { query, terms, total: pages.length, page: current, pageCount, results };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
