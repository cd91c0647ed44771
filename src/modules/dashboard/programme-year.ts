// The programme year is the UK public sector's financial year: 1 April to 31 March, in UK time.
// A year is named by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026,
// shown as "2025 to 2026".

/** The first programme year: the Social Value Charter was launched on 1 July 2019. */
export const FIRST_PROGRAMME_YEAR = 2019;

const DAY_MS = 86_400_000;

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The UK calendar date of an instant as [year, month (1 to 12), day]. */
export function ukCalendarDate(instant: Date): [number, number, number] {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return [Number(parts.year), Number(parts.month), Number(parts.day)];
}

/** Minutes that UK time is ahead of UTC at an instant (0 in winter, 60 in summer). */
function ukOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a UK calendar day begins. `month` is 1 to 12 and may run past 12 into the next year.
 * Clocks change at 01:00 UTC, so the offset at UTC midnight is the one in force at UK midnight.
 */
export function ukMidnight(year: number, month: number, day = 1): Date {
  const utcMidnight = new Date(Date.UTC(year, month - 1, day));
  return new Date(utcMidnight.getTime() - ukOffsetMinutes(utcMidnight) * 60_000);
}

/** The programme year an instant falls in. */
export function programmeYearOf(instant: Date): number {
  const [year, month] = ukCalendarDate(instant);
  return month >= 4 ? year : year - 1;
}

export interface Period {
  /** The programme year, or null for every year. */
  year: number | null;
  label: string;
  /** From this instant (inclusive) to `to` (exclusive); null for every year. */
  from: Date | null;
  to: Date | null;
}

export function programmeYearLabel(year: number): string {
  return `${year} to ${year + 1}`;
}

export function periodOf(year: number | null): Period {
  if (year === null) return { year: null, label: "All years", from: null, to: null };
  return { year, label: programmeYearLabel(year), from: ukMidnight(year, 4), to: ukMidnight(year + 1, 4) };
}

/** The programme years a person may choose, newest first: from the first to the current one. */
export function programmeYearChoices(now: Date): number[] {
  const years: number[] = [];
  for (let year = programmeYearOf(now); year >= FIRST_PROGRAMME_YEAR; year -= 1) years.push(year);
  return years;
}

/** Whole UK calendar days from one instant's date to another's (a decision the same day is 0). */
export function ukDaysBetween(from: Date, to: Date): number {
  const [y1, m1, d1] = ukCalendarDate(from);
  const [y2, m2, d2] = ukCalendarDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** The middle value, or the mean of the two middle values; null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** An instant `months` calendar months later (the same day of the month, or the month's last day). */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}
