// CSV for spreadsheets (RFC 4180: every cell quoted, quotes doubled, rows ending CRLF). A text
// cell that starts with = + - @, a tab or a carriage return could be run as a formula when the
// file is opened, so it is prefixed with an apostrophe, which spreadsheets show as plain text.
// Numbers are never formulas, so a negative number stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value !== "number" && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
