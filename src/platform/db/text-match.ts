import { Prisma } from "../../generated/sqlite/client.js";

// Both generated clients share one runtime, so these fragments work with either.
export const sql = Prisma.sql;
export const joinSql = Prisma.join;
export const rawSql = Prisma.raw;
export const emptySql = Prisma.empty;
export type Sql = Prisma.Sql;

/** What a person typed into a search box: spaces collapsed, composed the same way as stored text. */
export function searchText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

const escapeLike = (value: string) => value.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * `column` lower-cased the same way on SQLite and PostgreSQL, for comparing with `lowerText`.
 * SQLite's LOWER changes only A to Z, so each other letter of `lowerText` is first replaced in the
 * column by REPLACE from its capital: "Åsa's CAFÉ" reads as "åsa's café" when looking for "å" and
 * "é". Only the letters of the text matter for a match, so no other letter needs replacing.
 * `column` is trusted SQL (a quoted column name), never input.
 */
function lowerColumn(column: string, lowerText: string): Sql {
  let folded = rawSql(column);
  const done = new Set<string>();
  for (const letter of lowerText) {
    if (letter.codePointAt(0)! < 128 || done.has(letter)) continue;
    done.add(letter);
    const capital = letter.toUpperCase();
    if (capital !== letter && [...capital].length === 1) folded = sql`REPLACE(${folded}, ${capital}, ${letter})`;
  }
  return sql`LOWER(${folded})`;
}

/**
 * A condition that any of `columns` contains `text`, whatever the case, on SQLite and PostgreSQL
 * alike (Prisma's `mode: "insensitive"` is PostgreSQL-only). % and _ are taken as themselves.
 */
export function containsText(columns: string[], text: string): Sql {
  const lower = text.toLowerCase();
  const pattern = `%${escapeLike(lower)}%`;
  const tests = columns.map((column) => sql`${lowerColumn(column, lower)} LIKE ${pattern} ESCAPE '!'`);
  return sql`(${joinSql(tests, " OR ")})`;
}

/** A condition that `column` equals `text` whatever the case, compared as containsText compares. */
export function equalsText(column: string, text: string): Sql {
  const lower = text.toLowerCase();
  return sql`${lowerColumn(column, lower)} = ${lower}`;
}

/** Rows of a COUNT(*) query as a number (PostgreSQL answers a bigint, SQLite a number). */
export function countOf(rows: { count: unknown }[]): number {
  return Number(rows[0]?.count ?? 0);
}

/** One page of a filtered list's ids, in order, with the page it turned out to be and their count. */
export interface PageOfIds {
  ids: string[];
  page: number;
  pages: number;
  total: number;
}

/**
 * The ids on one page of `table` filtered by `where` and sorted by `orderBy` (both SQL written by
 * the caller, never a visitor's text). A page past the end reads as the last page.
 */
export async function pageOfIds(
  prisma: { $queryRaw<T>(query: Sql): Promise<T> },
  list: { table: string; where: Sql; orderBy: string; perPage: number },
  page: number,
): Promise<PageOfIds> {
  const table = rawSql(`"${list.table}"`);
  const total = countOf(
    await prisma.$queryRaw<{ count: unknown }[]>(sql`SELECT COUNT(*) AS "count" FROM ${table} ${list.where}`),
  );
  const pages = Math.max(1, Math.ceil(total / list.perPage));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await prisma.$queryRaw<{ id: string }[]>(sql`
    SELECT "id" FROM ${table} ${list.where}
    ORDER BY ${rawSql(list.orderBy)}
    LIMIT ${list.perPage} OFFSET ${(current - 1) * list.perPage}`);
  return { ids: rows.map((row) => row.id), page: current, pages, total };
}
