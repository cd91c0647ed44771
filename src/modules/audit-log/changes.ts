/** One field of a before-and-after table. */
export interface ChangedField {
  field: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

function parse(stored: string | null): { ok: true; value: unknown } | { ok: false } {
  if (stored === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(stored) };
  } catch {
    return { ok: false };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const shown = (value: unknown): string | null =>
  value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value, null, 2);

/** The values before and after as a table of fields when both are objects, else pretty-printed. */
export function describeChange(before: string | null, after: string | null) {
  const b = parse(before);
  const a = parse(after);
  if (b.ok && a.ok && (isRecord(b.value) || isRecord(a.value))) {
    const was = isRecord(b.value) ? b.value : b.value === undefined ? {} : null;
    const now = isRecord(a.value) ? a.value : a.value === undefined ? {} : null;
    if (was && now) {
      const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
      const fields = keys.map((field) => {
        const beforeValue = shown(was[field]);
        const afterValue = shown(now[field]);
        return { field, before: beforeValue, after: afterValue, changed: beforeValue !== afterValue };
      });
      return { fields, before: null, after: null };
    }
  }
  return {
    fields: null,
    before: b.ok ? shown(b.value) : before,
    after: a.ok ? shown(a.value) : after,
  };
}
