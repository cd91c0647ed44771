import type { Db } from "../../platform/db/index.js";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What replaces removed personal data inside text that is otherwise kept. */
export const REMOVED = "[removed]";

const BATCH = 500;

// Values in audit entries that cannot hold personal data: enum values and lists of them, application
// references, dates, numbers, and row ids.
const SAFE_STRINGS = [
  /^[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*$/,
  /^SVA-\d{4}-\d{4}$/,
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/,
  /^c(?=[a-z0-9]*\d)[a-z0-9]{20,32}$/,
];

function walk(value: unknown, onString: (text: string) => string): unknown {
  if (typeof value === "string") return onString(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, onString));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, onString)]));
  }
  return value;
}

function mapJson(json: string | null, onString: (text: string) => string): string | null {
  if (json === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // Not JSON (never written by recordAudit): treat the whole text as one value.
    return JSON.stringify(onString(json));
  }
  return JSON.stringify(walk(parsed, onString));
}

/** Keeps only values that cannot be personal data; every other text becomes REMOVED. */
export function strictScrub(json: string | null): string | null {
  return mapJson(json, (text) => (text === "" || SAFE_STRINGS.some((safe) => safe.test(text)) ? text : REMOVED));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A term counts only as a whole word or phrase: erasing "Jo" leaves "Jobs" alone.
const termPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "giu");

/** Replaces every occurrence of the terms (ignoring case) in a text. */
export function replaceTerms(text: string, terms: readonly string[]): string {
  let result = text;
  for (const term of terms) {
    if (term.length === 0) continue;
    result = result.replace(termPattern(term), REMOVED);
  }
  return result;
}

export function containsTerm(text: string, terms: readonly string[]): boolean {
  return terms.some((term) => term.length > 0 && termPattern(term).test(text));
}

/** Distinct terms worth searching for: trimmed, at least `min` characters, longest first. */
export function searchTerms(values: readonly (string | null | undefined)[], min = 3): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const term = (value ?? "").trim();
    if (term.length >= min && !seen.has(term.toLowerCase())) seen.set(term.toLowerCase(), term);
  }
  // Longest first, so that "Jo Bloggs" is replaced before "Jo" could break it up.
  return [...seen.values()].sort((a, b) => b.length - a.length);
}

export interface AuditSubject {
  subjectType: string;
  ids: readonly string[];
}

export interface AuditScrub {
  /** Entries about these subjects keep only values that cannot be personal data. */
  subjects: readonly AuditSubject[];
  /** Entries that concern these organisations (AuditEvent.organisationId) are treated the same way. */
  organisations?: readonly string[];
  /** Replaced wherever they appear in any entry (email addresses, an organisation's name). */
  everywhere: readonly string[];
  /**
   * Replaced only in entries that concern the person: about one of `subjects` or `related`, made
   * by `actorId`, or holding one of the `everywhere` terms. A name is not unique, so another
   * person's entries with the same name are left alone.
   */
  inRelated?: readonly string[];
  related?: readonly AuditSubject[];
  relatedOrganisations?: readonly string[];
  actorId?: string | null;
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The JSON text form of a term, as it appears inside stored audit JSON. */
function asStored(term: string): string {
  return JSON.stringify(term).slice(1, -1);
}

type Row = {
  id: string;
  actorId: string | null;
  organisationId: string | null;
  subjectType: string;
  subjectId: string | null;
  before: string | null;
  after: string | null;
};
const ROW = {
  id: true,
  actorId: true,
  organisationId: true,
  subjectType: true,
  subjectId: true,
  before: true,
  after: true,
} as const;

/**
 * Removes personal data from audit entries written before an erasure; returns how many entries
 * changed. Entries are kept (what happened, when, to which row); only their values change.
 */
export async function scrubAuditLog(tx: Tx, scrub: AuditScrub): Promise<number> {
  const changed = new Set<string>();
  const key = (type: string, id: string | null) => `${type}\u0000${id ?? ""}`;
  const strict = new Set<string>();
  const relatedOrganisations = new Set([...(scrub.organisations ?? []), ...(scrub.relatedOrganisations ?? [])]);
  const relatedKeys = new Set(
    [...scrub.subjects, ...(scrub.related ?? [])].flatMap((s) => s.ids.map((id) => key(s.subjectType, id))),
  );
  const everywhere = scrub.everywhere.filter(Boolean);
  const inRelated = (scrub.inRelated ?? []).filter(Boolean);

  const save = async (row: Row, before: string | null, after: string | null) => {
    if (before === row.before && after === row.after) return;
    await tx.auditEvent.update({ where: { id: row.id }, data: { before, after } });
    changed.add(row.id);
  };

  const replaceIn = (row: Row, before: string | null, after: string | null) => {
    const text = `${before ?? ""}\n${after ?? ""}`;
    const concernsPerson =
      relatedKeys.has(key(row.subjectType, row.subjectId)) ||
      (row.organisationId !== null && relatedOrganisations.has(row.organisationId)) ||
      (scrub.actorId !== undefined && scrub.actorId !== null && row.actorId === scrub.actorId) ||
      containsTerm(text, everywhere);
    const terms = concernsPerson ? [...everywhere, ...inRelated] : everywhere;
    const replace = (value: string) => replaceTerms(value, terms);
    return [mapJson(before, replace), mapJson(after, replace)] as const;
  };

  // Entries about the erased subjects: everything that could be personal goes.
  const scrubStrictly = async (rows: Row[]) => {
    for (const row of rows) {
      if (strict.has(row.id)) continue;
      strict.add(row.id);
      await save(row, strictScrub(row.before), strictScrub(row.after));
    }
  };
  for (const subject of scrub.subjects) {
    for (const ids of chunks(subject.ids)) {
      await scrubStrictly(
        await tx.auditEvent.findMany({
          where: { subjectType: subject.subjectType, subjectId: { in: ids } },
          select: ROW,
        }),
      );
    }
  }
  for (const ids of chunks(scrub.organisations ?? [])) {
    await scrubStrictly(await tx.auditEvent.findMany({ where: { organisationId: { in: ids } }, select: ROW }));
  }

  // Any other entry that mentions them.
  const terms = [...everywhere, ...inRelated];
  const seen = new Set<string>();
  for (const term of terms) {
    const stored = asStored(term);
    let cursor: string | undefined;
    for (;;) {
      const rows: Row[] = await tx.auditEvent.findMany({
        where: {
          OR: [{ before: { contains: stored } }, { after: { contains: stored } }],
          ...(cursor ? { id: { gt: cursor } } : {}),
        },
        select: ROW,
        orderBy: { id: "asc" },
        take: BATCH,
      });
      for (const row of rows) {
        if (seen.has(row.id) || strict.has(row.id)) continue;
        seen.add(row.id);
        const [before, after] = replaceIn(row, row.before, row.after);
        await save(row, before, after);
      }
      if (rows.length < BATCH) break;
      cursor = rows[rows.length - 1]!.id;
    }
  }
  // Some databases compare without regard to case and some do not: entries found by a term in
  // another case are caught by the related-subject pass below.
  const replaceInRelated = async (rows: Row[]) => {
    for (const row of rows) {
      if (seen.has(row.id) || strict.has(row.id)) continue;
      seen.add(row.id);
      const [before, after] = replaceIn(row, row.before, row.after);
      await save(row, before, after);
    }
  };
  if (inRelated.length > 0 || everywhere.length > 0) {
    for (const subject of scrub.related ?? []) {
      for (const ids of chunks(subject.ids)) {
        await replaceInRelated(
          await tx.auditEvent.findMany({
            where: { subjectType: subject.subjectType, subjectId: { in: ids } },
            select: ROW,
          }),
        );
      }
    }
    for (const ids of chunks(scrub.relatedOrganisations ?? [])) {
      await replaceInRelated(await tx.auditEvent.findMany({ where: { organisationId: { in: ids } }, select: ROW }));
    }
  }
  return changed.size;
}
