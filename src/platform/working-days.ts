// Working days in England and Wales: Monday to Friday, less bank holidays. Dates are calendar
// days in the UK written YYYY-MM-DD, so that the clocks changing cannot move a deadline.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// One formatter for every call: making one costs far more than using it.
const UK_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

/** The calendar date in the UK at this instant, as YYYY-MM-DD. */
export function ukDate(instant: Date): string {
  return UK_DATE.format(instant);
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * The date `count` working days after `start`. The start day itself is not counted: a decision
 * on a Monday with ten working days to appeal can be appealed until the Monday fortnight.
 */
export function addWorkingDays(start: string, count: number, holidays: ReadonlySet<string>): string {
  let date = start;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return date;
}

/** True while `deadline` (a UK date) has not yet passed at `now`: the whole of the last day counts. */
export function onOrBefore(now: Date, deadline: string): boolean {
  return ukDate(now) <= deadline;
}
