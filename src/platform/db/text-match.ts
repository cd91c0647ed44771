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
 * A condition that any of `columns` contains `text`, whatever the case, on SQLite and PostgreSQL
 * alike (Prisma's `mode: "insensitive"` is PostgreSQL-only). Each column is compared lower-cased
 * with the lower-cased text, and upper-cased with the upper-cased text: SQLite's LOWER and UPPER
 * change only A to Z, so the second comparison finds "Élodie" from "élodie" there too.
 * `columns` are trusted SQL (quoted column names), never input.
 */
export function containsText(columns: string[], text: string): Sql {
  const lower = `%${escapeLike(text.toLowerCase())}%`;
  const upper = `%${escapeLike(text.toUpperCase())}%`;
  const tests = columns.flatMap((column) => [
    sql`LOWER(${rawSql(column)}) LIKE ${lower} ESCAPE '!'`,
    sql`UPPER(${rawSql(column)}) LIKE ${upper} ESCAPE '!'`,
  ]);
  return sql`(${joinSql(tests, " OR ")})`;
}

/** Rows of a COUNT(*) query as a number (PostgreSQL answers a bigint, SQLite a number). */
export function countOf(rows: { count: unknown }[]): number {
  return Number(rows[0]?.count ?? 0);
}

/** A condition that `column` equals `text` whatever the case, compared the same way as containsText. */
export function equalsText(column: string, text: string): Sql {
  return sql`(LOWER(${rawSql(column)}) = ${text.toLowerCase()} OR UPPER(${rawSql(column)}) = ${text.toUpperCase()})`;
}
