import type { Db } from "../../platform/db/index.js";
import { containsText } from "../../platform/db/text-match.js";

/** The most people or organisations a name search picks; more asks for a longer search. */
export const MATCH_LIMIT = 50;

export interface Match {
  id: string;
  label: string;
}

/** People whose name or email address contains the text, whatever its case, on either database. */
export async function peopleMatching(prisma: Db, text: string): Promise<Match[]> {
  const rows = await prisma.$queryRaw<{ id: string; fullName: string; email: string }[]>`
    SELECT "id", "fullName", "email" FROM "User" WHERE ${containsText(['"fullName"', '"email"'], text)}
    ORDER BY "fullName", "id" LIMIT ${MATCH_LIMIT + 1}`;
  return rows.map((r) => ({ id: r.id, label: `${r.fullName} (${r.email})` }));
}

export async function organisationsMatching(prisma: Db, text: string): Promise<Match[]> {
  const rows = await prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT "id", "name" FROM "Organisation" WHERE ${containsText(['"name"'], text)}
    ORDER BY "name", "id" LIMIT ${MATCH_LIMIT + 1}`;
  return rows.map((r) => ({ id: r.id, label: r.name }));
}

/** The first matches to show, and whether there were more than that. */
export function shownMatches(matches: Match[] | null) {
  return matches && { matches: matches.slice(0, MATCH_LIMIT), more: matches.length > MATCH_LIMIT };
}
