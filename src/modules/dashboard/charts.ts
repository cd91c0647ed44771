// Charts drawn on the server as inline SVG, so that no chart needs JavaScript. Each chart is an
// image with an accessible name (its <title>) and a description pointing at the table beside it,
// which gives the same numbers. Meaning never rests on colour: every bar and point carries its
// value as text. Colours and fonts are presentation attributes, because the Content Security
// Policy allows no inline styles.

export const CHART_COLOURS = {
  text: "#0b0c0c",
  secondaryText: "#505a5f",
  bar: "#00646e",
  axis: "#505a5f",
  grid: "#b1b4b6",
  line: "#00464d",
  background: "#ffffff",
} as const;

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

const SAFE_ID = /^[a-z][a-z0-9-]{0,60}$/;

function checkedId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`A chart id must be lower-case letters, digits and hyphens: ${id}`);
  return id;
}

/** A rough width of text in the portal's sans-serif font, for laying out labels. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.55);
}

/** Splits text into lines of at most `maxChars` characters, breaking between words. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

const round = (value: number) => Math.round(value * 10) / 10;

function svgOpen(id: string, width: number, height: number, title: string, description?: string): string {
  const describedBy = description ? ` aria-describedby="${id}-desc"` : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" id="${id}" viewBox="0 0 ${width} ${height}" ` +
    `width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${id}-title"${describedBy} ` +
    `focusable="false" font-size="16">` +
    `<title id="${id}-title">${escapeXml(title)}</title>` +
    (description ? `<desc id="${id}-desc">${escapeXml(description)}</desc>` : "")
  );
}

export interface ChartDatum {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Lower-case letters, digits and hyphens; the ids of the title and description start with it. */
  id: string;
  /** The chart's accessible name, usually the same words as the caption of its table. */
  title: string;
  description?: string;
  bars: readonly ChartDatum[];
  /** How a value is written at the end of its bar. */
  valueText?: (value: number) => string;
  width?: number;
}

const BAR = { fontSize: 16, lineHeight: 20, rowGap: 12, minRow: 32, labelChars: 26, valueRoom: 64, pad: 8 };

/** Horizontal bars, each labelled with its name on the left and its value at its end. */
export function horizontalBarChart(options: BarChartOptions): string {
  const id = checkedId(options.id);
  const width = options.width ?? 640;
  const valueText = options.valueText ?? ((value: number) => String(value));
  const rows = options.bars.map((bar) => ({ ...bar, lines: wrapText(bar.label, BAR.labelChars) }));
  const longest = Math.max(0, ...rows.flatMap((row) => row.lines.map((line) => textWidth(line, BAR.fontSize))));
  const labelWidth = Math.min(Math.max(longest, 40), Math.round(width * 0.45));
  const barStart = labelWidth + BAR.pad * 2;
  const barRoom = Math.max(40, width - barStart - BAR.valueRoom);
  const max = Math.max(0, ...rows.map((row) => row.value));

  let y = BAR.pad;
  const parts: string[] = [];
  for (const row of rows) {
    const rowHeight = Math.max(BAR.minRow, row.lines.length * BAR.lineHeight + BAR.rowGap);
    const middle = y + rowHeight / 2;
    const firstBaseline = middle - ((row.lines.length - 1) * BAR.lineHeight) / 2 + BAR.fontSize * 0.35;
    const barLength = max > 0 ? (row.value / max) * barRoom : 0;
    const barHeight = Math.min(24, rowHeight - 8);
    parts.push(
      `<g class="app-chart__bar" data-label="${escapeXml(row.label)}" data-value="${row.value}">` +
        `<text x="${labelWidth + BAR.pad}" y="${round(firstBaseline)}" text-anchor="end" fill="${CHART_COLOURS.text}">` +
        row.lines
          .map(
            (line, index) =>
              `<tspan x="${labelWidth + BAR.pad}" dy="${index === 0 ? 0 : BAR.lineHeight}">${escapeXml(line)}</tspan>`,
          )
          .join("") +
        `</text>` +
        (barLength > 0
          ? `<rect x="${barStart}" y="${round(middle - barHeight / 2)}" width="${round(barLength)}" height="${barHeight}" fill="${CHART_COLOURS.bar}"/>`
          : "") +
        `<text class="app-chart__value" x="${round(barStart + barLength + 6)}" y="${round(middle + BAR.fontSize * 0.35)}" ` +
        `font-weight="bold" fill="${CHART_COLOURS.text}">${escapeXml(valueText(row.value))}</text>` +
        `</g>`,
    );
    y += rowHeight;
  }
  const height = Math.max(y + BAR.pad, 40);
  const axis = `<line x1="${barStart}" y1="${BAR.pad / 2}" x2="${barStart}" y2="${height - BAR.pad / 2}" stroke="${CHART_COLOURS.axis}" stroke-width="1"/>`;
  return `${svgOpen(id, width, height, options.title, options.description)}${axis}${parts.join("")}</svg>`;
}

/** A round number at or above `value` for the top of an axis: 1, 2 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export interface LineChartOptions {
  id: string;
  title: string;
  description?: string;
  /** In order along the axis. A label's "\n" starts a second line under the axis. */
  points: readonly ChartDatum[];
  valueText?: (value: number) => string;
  width?: number;
}

const LINE = { fontSize: 14, top: 32, bottom: 52, left: 48, right: 16, height: 300 };

/** Whole-number steps for an axis whose top is `niceCeiling`'s answer: 4 or 5 of them, or 1 each. */
export function tickStep(top: number): number {
  if (top <= 5) return 1;
  const leading = top / 10 ** Math.floor(Math.log10(top));
  return leading === 2 ? top / 4 : top / 5;
}

/** A line through the points, each marked and labelled with its value, over a labelled axis. */
export function lineChart(options: LineChartOptions): string {
  const id = checkedId(options.id);
  const width = options.width ?? 640;
  const height = LINE.height;
  const valueText = options.valueText ?? ((value: number) => String(value));
  const points = options.points;
  const plotWidth = width - LINE.left - LINE.right;
  const plotHeight = height - LINE.top - LINE.bottom;
  const baseline = LINE.top + plotHeight;
  const top = niceCeiling(Math.max(0, ...points.map((p) => p.value)));
  const yOf = (value: number) => round(baseline - (value / top) * plotHeight);
  const xOf = (index: number) => round(LINE.left + ((index + 0.5) * plotWidth) / Math.max(points.length, 1));

  const parts: string[] = [];
  const step = tickStep(top);
  for (let value = 0; value <= top; value += step) {
    const y = yOf(value);
    parts.push(
      `<line x1="${LINE.left}" y1="${y}" x2="${width - LINE.right}" y2="${y}" stroke="${value === 0 ? CHART_COLOURS.axis : CHART_COLOURS.grid}" stroke-width="1"/>` +
        `<text x="${LINE.left - 6}" y="${round(y + LINE.fontSize * 0.35)}" text-anchor="end" font-size="${LINE.fontSize}" fill="${CHART_COLOURS.secondaryText}">${value}</text>`,
    );
  }
  if (points.length > 1) {
    const path = points.map((point, index) => `${xOf(index)},${yOf(point.value)}`).join(" ");
    parts.push(`<polyline points="${path}" fill="none" stroke="${CHART_COLOURS.line}" stroke-width="3"/>`);
  }
  points.forEach((point, index) => {
    const x = xOf(index);
    const y = yOf(point.value);
    const lines = point.label.split("\n");
    parts.push(
      `<g class="app-chart__point" data-label="${escapeXml(point.label.replace(/\n/g, " "))}" data-value="${point.value}">` +
        `<circle cx="${x}" cy="${y}" r="5" fill="${CHART_COLOURS.background}" stroke="${CHART_COLOURS.line}" stroke-width="3"/>` +
        `<text class="app-chart__value" x="${x}" y="${round(y - 10)}" text-anchor="middle" font-size="${LINE.fontSize}" font-weight="bold" fill="${CHART_COLOURS.text}">${escapeXml(valueText(point.value))}</text>` +
        `<text x="${x}" y="${baseline + 20}" text-anchor="middle" font-size="${LINE.fontSize}" fill="${CHART_COLOURS.text}">` +
        lines
          .map(
            (line, lineIndex) =>
              `<tspan x="${x}" dy="${lineIndex === 0 ? 0 : LINE.fontSize + 2}">${escapeXml(line)}</tspan>`,
          )
          .join("") +
        `</text></g>`,
    );
  });
  return `${svgOpen(id, width, height, options.title, options.description)}${parts.join("")}</svg>`;
}
