// How personal data is taken out of text that is otherwise kept: audit values, answers, reasons.

/** What replaces removed personal data inside text that is otherwise kept. */
export const REMOVED = "[removed]";

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

/** Applies `onString` to every text inside stored JSON, and stores the result as JSON again. */
export function mapJson(json: string | null, onString: (text: string) => string): string | null {
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
