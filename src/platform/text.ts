// Long answers are often written in a word processor and pasted in. Keep them readable: line
// breaks become \n, non-breaking and other odd spaces become plain spaces, invisible characters
// go, and smart quotes, dashes and bullets stay as they are (they are ordinary Unicode).

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Control characters other than tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function normaliseLongText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value
    .replace(/\r\n?/g, "\n")
    .replace(ODD_SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

export function normaliseShortText(value: unknown): string {
  return normaliseLongText(value).replace(/\s+/g, " ");
}

/** Words as the character count component counts them: runs of characters between spaces. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

/** A form field that may arrive once (a string) or many times (checkboxes) as a list. */
export function listField(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" && value !== "" ? [value] : [];
}

export function splitList(stored: string): string[] {
  return stored === "" ? [] : stored.split(",");
}

export function joinList(values: readonly string[]): string {
  return values.join(",");
}
