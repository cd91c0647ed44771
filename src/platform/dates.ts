// How dates read to a person, the same on pages and in emails: "16 December 2026", UK time.

const longDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

/** "16 December 2026"; empty for no date. A "YYYY-MM-DD" string reads as that day. */
export function longDate(value: Date | string | null | undefined): string {
  return value ? longDateFormat.format(new Date(value)) : "";
}

/** "16 December 2026 at 3:05pm"; empty for no date. */
export function dateTime(value: Date | string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : "";
}
