import { addDays, ukDate } from "../../platform/working-days.js";

/** The UTC instant at which a UK calendar day (YYYY-MM-DD) starts: midnight GMT or BST. */
export function startOfUkDay(date: string): Date {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  const anHourEarlier = new Date(midnightUtc.getTime() - 60 * 60 * 1000);
  return ukDate(anHourEarlier) === date ? anHourEarlier : midnightUtc;
}

export function nextDay(date: string): string {
  return addDays(date, 1);
}
