// The map of the nine places of Cheshire and Merseyside, each shaded by a count; the shapes it
// draws are in place-shapes.ts.

import { PLACES, type PlaceValue } from "../programme/index.js";
import { CHART_COLOURS, escapeXml, textWidth } from "./charts.js";
import { MERSEY, PLACE_SHAPES, pathOf } from "./place-shapes.js";

export { PLACE_SHAPES } from "./place-shapes.js";

const MAP_WIDTH = 660;
const MAP_HEIGHT = 580;

/** Fills from light to dark, so that the steps stay in order when printed in grey. */
export const STEP_FILLS = ["#f3f2f1", "#b2d6d9", "#6aabb1", "#2b7d85", "#003a40"] as const;
const WATER = "#e8f1f8";

export interface ShadingStep {
  step: number;
  from: number;
  to: number;
  fill: string;
  label: string;
}

/**
 * The legend's steps for counts from 0 to `max`: "None" for 0, then up to four equal ranges of
 * whole numbers (1 to 3, 4 to 6 ...), only as many as the largest count needs.
 */
export function shadingSteps(max: number): ShadingStep[] {
  const steps: ShadingStep[] = [{ step: 0, from: 0, to: 0, fill: STEP_FILLS[0], label: "None" }];
  if (max <= 0) return steps;
  const size = Math.ceil(max / 4);
  for (let step = 1; step <= 4 && (step - 1) * size + 1 <= max; step += 1) {
    const from = (step - 1) * size + 1;
    const to = step * size;
    steps.push({ step, from, to, fill: STEP_FILLS[step]!, label: from === to ? String(from) : `${from} to ${to}` });
  }
  return steps;
}

export function stepOf(value: number, steps: readonly ShadingStep[]): ShadingStep {
  return steps.find((s) => value >= s.from && value <= s.to) ?? steps[steps.length - 1]!;
}

export interface MapPlace {
  value: PlaceValue;
  label: string;
  count: number;
  step: number;
}

export interface PlacesMap {
  svg: string;
  legend: ShadingStep[];
  places: MapPlace[];
}

export interface PlacesMapOptions {
  id: string;
  title: string;
  description?: string;
  counts: Readonly<Record<PlaceValue, number>>;
  /** What is counted, for the shapes' titles: ["application", "applications"]. */
  noun: readonly [string, string];
}

/** The nine places, each shaded by its step, labelled with its name and count, and titled. */
export function placesMap(options: PlacesMapOptions): PlacesMap {
  if (!/^[a-z][a-z0-9-]{0,60}$/.test(options.id)) throw new Error(`Not a safe map id: ${options.id}`);
  const id = options.id;
  const max = Math.max(0, ...PLACES.map((p) => options.counts[p.value] ?? 0));
  const legend = shadingSteps(max);
  const places = PLACES.map((place) => {
    const count = options.counts[place.value] ?? 0;
    return { value: place.value, label: place.label, count, step: stepOf(count, legend).step };
  });
  const describedBy = options.description ? ` aria-describedby="${id}-desc"` : "";
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-map" id="${id}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
      `width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${id}-title"${describedBy} focusable="false">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    options.description ? `<desc id="${id}-desc">${escapeXml(options.description)}</desc>` : "",
    `<path d="${pathOf(MERSEY)}" fill="${WATER}" stroke="none"/>`,
    `<text x="258" y="338" text-anchor="middle" font-size="12" font-style="italic" fill="${CHART_COLOURS.secondaryText}" aria-hidden="true">Mersey</text>`,
  ];
  const labels: string[] = [];
  for (const place of places) {
    const shape = PLACE_SHAPES[place.value];
    const noun = place.count === 1 ? options.noun[0] : options.noun[1];
    parts.push(
      `<g class="app-map__place app-map__place--step-${place.step}" data-place="${place.value}" data-count="${place.count}" data-step="${place.step}">` +
        `<title>${escapeXml(`${place.label}: ${place.count} ${noun}`)}</title>` +
        `<path d="${pathOf(shape.outline)}" fill="${STEP_FILLS[place.step]}" stroke="${CHART_COLOURS.text}" stroke-width="1.5" stroke-linejoin="round"/>` +
        `</g>`,
    );
    // Labels go on top of every shape, on a white card, so they read whatever the shading.
    const lines = [...shape.lines, String(place.count)];
    const lineHeight = 17;
    const cardWidth = Math.max(...lines.map((line) => textWidth(line, 14))) + 12;
    const cardHeight = lines.length * lineHeight + 6;
    const [cx, cy] = shape.label;
    const top = cy - cardHeight / 2;
    labels.push(
      `<g class="app-map__label" aria-hidden="true">` +
        `<rect x="${cx - cardWidth / 2}" y="${top}" width="${cardWidth}" height="${cardHeight}" rx="3" fill="${CHART_COLOURS.background}" stroke="${CHART_COLOURS.text}" stroke-width="0.75"/>` +
        lines
          .map((line, index) => {
            const isCount = index === lines.length - 1;
            return (
              `<text x="${cx}" y="${top + 3 + lineHeight * (index + 1) - 4}" text-anchor="middle" font-size="${isCount ? 15 : 14}"` +
              `${isCount ? ' font-weight="bold" class="app-map__count"' : ""} fill="${CHART_COLOURS.text}">${escapeXml(line)}</text>`
            );
          })
          .join("") +
        `</g>`,
    );
  }
  parts.push(...labels, "</svg>");
  return { svg: parts.join(""), legend, places };
}
