// Small readers for the dashboard's HTML: tables by id, their cells by data-key, and inline SVGs.

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

export function elementById(html: string, tag: string, id: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</${tag}>`).exec(html);
  if (!match) throw new Error(`No <${tag} id="${id}"> on the page`);
  return match[0];
}

export const tableById = (html: string, id: string) => elementById(html, "table", id);
export const svgById = (html: string, id: string) => elementById(html, "svg", id);

export function captionOf(table: string): string {
  const match = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table);
  if (!match) throw new Error("The table has no caption");
  return decode(match[1]!);
}

/** The numbers in a table's cells, by the cells' data-key. */
export function cellNumbers(table: string): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const match of table.matchAll(/<td\b[^>]*\bdata-key="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)) {
    cells[match[1]!] = Number(decode(match[2]!));
  }
  return cells;
}

/** The text of each row's cells, by the row's data-key, then the cell's. */
export function rowCells(table: string): Record<string, Record<string, string>> {
  const rows: Record<string, Record<string, string>> = {};
  for (const row of table.matchAll(/<tr\b[^>]*\bdata-key="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells: Record<string, string> = {};
    for (const cell of row[2]!.matchAll(/<td\b[^>]*\bdata-key="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)) {
      cells[cell[1]!] = decode(cell[2]!);
    }
    rows[decode(row[1]!)] = cells;
  }
  return rows;
}

/** The text of the row headers, in order. */
export function rowHeaders(table: string): string[] {
  return [...table.matchAll(/<th\b[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => decode(m[1]!));
}

export function textById(html: string, tag: string, id: string): string {
  return decode(elementById(html, tag, id));
}

/** The accessible name an SVG image gets from the element its aria-labelledby points to. */
export function svgAccessibleName(svg: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  if (!/\brole="img"/.test(open)) throw new Error("The SVG is not marked as an image");
  const labelledBy = /\baria-labelledby="([^"]+)"/.exec(open)?.[1];
  if (!labelledBy) throw new Error("The SVG has no aria-labelledby");
  return labelledBy
    .split(" ")
    .map((id) => {
      const title = new RegExp(`<(title|desc)\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(svg);
      if (!title) throw new Error(`aria-labelledby names ${id}, which is not in the SVG`);
      return decode(title[2]!);
    })
    .join(" ");
}

/** Each bar's or point's label and value, as drawn. */
export function chartData(svg: string): { label: string; value: number; shown: string }[] {
  return [
    ...svg.matchAll(/<g class="app-chart__(?:bar|point)" data-label="([^"]*)" data-value="([^"]*)">([\s\S]*?)<\/g>/g),
  ].map((m) => ({
    label: decode(m[1]!),
    value: Number(m[2]),
    shown: decode(/<text class="app-chart__value"[^>]*>([\s\S]*?)<\/text>/.exec(m[3]!)?.[1] ?? ""),
  }));
}

export { decode as textOf };
