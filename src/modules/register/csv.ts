// CSV for spreadsheets. A cell that starts with = + - @, a tab or a carriage return could be run
// as a formula when the file is opened, so it is prefixed with an apostrophe, which spreadsheets
// show as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
