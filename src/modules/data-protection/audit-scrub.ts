import type { Tx } from "./deps.js";
import { containsTerm, mapJson, replaceTerms, strictScrub } from "./redaction.js";

const BATCH = 500;

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

const subjectKey = (type: string, id: string | null) => `${type}\u0000${id ?? ""}`;

/** One scrub as it goes: what it looks for, and which entries each pass has dealt with. */
interface Run {
  tx: Tx;
  scrub: AuditScrub;
  everywhere: string[];
  inRelated: string[];
  relatedKeys: Set<string>;
  relatedOrganisations: Set<string>;
  /** Entries whose values changed, whichever pass changed them. */
  changed: Set<string>;
  /** Entries scrubbed strictly, which the passes by term leave as they are. */
  strict: Set<string>;
  /** Entries the passes by term have already read. */
  seen: Set<string>;
}

function startRun(tx: Tx, scrub: AuditScrub): Run {
  return {
    tx,
    scrub,
    everywhere: scrub.everywhere.filter(Boolean),
    inRelated: (scrub.inRelated ?? []).filter(Boolean),
    relatedKeys: new Set(
      [...scrub.subjects, ...(scrub.related ?? [])].flatMap((s) => s.ids.map((id) => subjectKey(s.subjectType, id))),
    ),
    relatedOrganisations: new Set([...(scrub.organisations ?? []), ...(scrub.relatedOrganisations ?? [])]),
    changed: new Set(),
    strict: new Set(),
    seen: new Set(),
  };
}

async function save(run: Run, row: Row, before: string | null, after: string | null): Promise<void> {
  if (before === row.before && after === row.after) return;
  await run.tx.auditEvent.update({ where: { id: row.id }, data: { before, after } });
  run.changed.add(row.id);
}

/** An entry with the terms replaced; the names only where the entry concerns the person. */
function replaceIn(run: Run, row: Row) {
  const text = `${row.before ?? ""}\n${row.after ?? ""}`;
  const { actorId } = run.scrub;
  const concernsPerson =
    run.relatedKeys.has(subjectKey(row.subjectType, row.subjectId)) ||
    (row.organisationId !== null && run.relatedOrganisations.has(row.organisationId)) ||
    (actorId !== undefined && actorId !== null && row.actorId === actorId) ||
    containsTerm(text, run.everywhere);
  const terms = concernsPerson ? [...run.everywhere, ...run.inRelated] : run.everywhere;
  const replace = (value: string) => replaceTerms(value, terms);
  return [mapJson(row.before, replace), mapJson(row.after, replace)] as const;
}

/** Replaces the terms in each entry not already dealt with. */
async function replaceInEach(run: Run, rows: Row[]): Promise<void> {
  for (const row of rows) {
    if (run.seen.has(row.id) || run.strict.has(row.id)) continue;
    run.seen.add(row.id);
    const [before, after] = replaceIn(run, row);
    await save(run, row, before, after);
  }
}

const entriesAbout = (tx: Tx, subject: AuditSubject, ids: string[]): Promise<Row[]> =>
  tx.auditEvent.findMany({ where: { subjectType: subject.subjectType, subjectId: { in: ids } }, select: ROW });

const entriesOfOrganisations = (tx: Tx, ids: string[]): Promise<Row[]> =>
  tx.auditEvent.findMany({ where: { organisationId: { in: ids } }, select: ROW });

/** Entries about the erased subjects: everything that could be personal goes. */
async function scrubStrictly(run: Run): Promise<void> {
  const scrubEach = async (rows: Row[]) => {
    for (const row of rows) {
      if (run.strict.has(row.id)) continue;
      run.strict.add(row.id);
      await save(run, row, strictScrub(row.before), strictScrub(row.after));
    }
  };
  for (const subject of run.scrub.subjects) {
    for (const ids of chunks(subject.ids)) await scrubEach(await entriesAbout(run.tx, subject, ids));
  }
  for (const ids of chunks(run.scrub.organisations ?? [])) await scrubEach(await entriesOfOrganisations(run.tx, ids));
}

/** Any other entry that mentions them. */
async function replaceWhereMentioned(run: Run): Promise<void> {
  for (const term of [...run.everywhere, ...run.inRelated]) {
    const stored = asStored(term);
    let cursor: string | undefined;
    for (;;) {
      const rows: Row[] = await run.tx.auditEvent.findMany({
        where: {
          OR: [{ before: { contains: stored } }, { after: { contains: stored } }],
          ...(cursor ? { id: { gt: cursor } } : {}),
        },
        select: ROW,
        orderBy: { id: "asc" },
        take: BATCH,
      });
      await replaceInEach(run, rows);
      if (rows.length < BATCH) break;
      cursor = rows[rows.length - 1]!.id;
    }
  }
}

// Some databases compare without regard to case and some do not: entries found by a term in
// another case are caught by this pass over the related subjects.
async function replaceInRelated(run: Run): Promise<void> {
  for (const subject of run.scrub.related ?? []) {
    for (const ids of chunks(subject.ids)) await replaceInEach(run, await entriesAbout(run.tx, subject, ids));
  }
  for (const ids of chunks(run.scrub.relatedOrganisations ?? [])) {
    await replaceInEach(run, await entriesOfOrganisations(run.tx, ids));
  }
}

/**
 * Removes personal data from audit entries written before an erasure; returns how many entries
 * changed. Entries are kept (what happened, when, to which row); only their values change.
 */
export async function scrubAuditLog(tx: Tx, scrub: AuditScrub): Promise<number> {
  const run = startRun(tx, scrub);
  await scrubStrictly(run);
  await replaceWhereMentioned(run);
  if (run.inRelated.length > 0 || run.everywhere.length > 0) await replaceInRelated(run);
  return run.changed.size;
}
