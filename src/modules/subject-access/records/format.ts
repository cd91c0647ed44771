/** Dates in the archive: ISO 8601 in UTC, or null. */
export const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
