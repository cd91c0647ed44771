import { describe, expect, it } from "vitest";
import {
  escapeXml,
  horizontalBarChart,
  lineChart,
  niceCeiling,
  tickStep,
  wrapText,
} from "../../src/modules/dashboard/charts.js";
import { PLACE_SHAPES, placesMap, shadingSteps, STEP_FILLS } from "../../src/modules/dashboard/places-map.js";
import {
  addMonths,
  median,
  periodOf,
  programmeYearChoices,
  programmeYearOf,
  ukDaysBetween,
  ukMidnight,
} from "../../src/modules/dashboard/programme-year.js";
import { PLACES } from "../../src/modules/programme/reference.js";
import { chartData, svgAccessibleName } from "./html.js";

/** Relative luminance (WCAG), for checking that the steps stay in order in greyscale. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe("the bar chart", () => {
  const chart = horizontalBarChart({
    id: "chart-test",
    title: 'Applications by <status> & "kind"',
    description: "The same figures are in the table.",
    bars: [
      { label: "Submitted", value: 4 },
      { label: "Awarded", value: 8 },
      { label: "Not awarded", value: 0 },
    ],
  });

  it("is an image named by its title and described by its description", () => {
    expect(chart).toMatch(/^<svg [^>]*role="img"/);
    expect(chart).toContain('aria-labelledby="chart-test-title"');
    expect(chart).toContain('aria-describedby="chart-test-desc"');
    expect(svgAccessibleName(chart)).toBe('Applications by <status> & "kind"');
    expect(chart).toContain('<desc id="chart-test-desc">The same figures are in the table.</desc>');
  });

  it("draws one bar per value, longest for the largest, with each value written at its end", () => {
    expect(chartData(chart)).toEqual([
      { label: "Submitted", value: 4, shown: "4" },
      { label: "Awarded", value: 8, shown: "8" },
      { label: "Not awarded", value: 0, shown: "0" },
    ]);
    const widths = [...chart.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // No bar is drawn for 0; the value 0 is still written.
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 1);
  });

  it("escapes every label, so that no text can break out of the SVG", () => {
    const hostile = horizontalBarChart({
      id: "chart-hostile",
      title: "</title><script>alert(1)</script>",
      bars: [{ label: '<img src=x onerror="alert(1)"> & Co\'s', value: 1 }],
      valueText: (value) => `${value} <b>`,
    });
    expect(hostile).not.toContain("<script");
    expect(hostile).not.toContain("<img");
    expect(hostile).not.toContain("<b>");
    expect(hostile).toContain("&lt;/title&gt;&lt;script&gt;");
    expect(hostile).toContain('data-label="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co&#39;s"');
    expect(chartData(hostile)).toEqual([{ label: '<img src=x onerror="alert(1)"> & Co\'s', value: 1, shown: "1 <b>" }]);
  });

  it("refuses an id that could break out of its attribute", () => {
    expect(() => horizontalBarChart({ id: 'x" onload="alert(1)', title: "T", bars: [] })).toThrow();
  });

  it("wraps long labels over several lines between words", () => {
    expect(wrapText("Voluntary, community, faith or social enterprise (VCFSE) organisation", 26)).toEqual([
      "Voluntary, community,",
      "faith or social enterprise",
      "(VCFSE) organisation",
    ]);
    const wrapped = horizontalBarChart({
      id: "chart-wrap",
      title: "Sectors",
      bars: [{ label: "Voluntary, community, faith or social enterprise (VCFSE) organisation", value: 2 }],
    });
    expect(wrapped.match(/<tspan /g)).toHaveLength(3);
  });

  it("draws nothing but labels and zeros when every value is 0", () => {
    const empty = horizontalBarChart({ id: "chart-zero", title: "None", bars: [{ label: "Draft", value: 0 }] });
    expect(empty).not.toContain("<rect");
    expect(chartData(empty)).toEqual([{ label: "Draft", value: 0, shown: "0" }]);
  });

  it("uses presentation attributes and dark text, never inline styles", () => {
    expect(chart).not.toMatch(/\sstyle=/);
    expect(chart).toContain('fill="#0b0c0c"');
    // The bars stand out from the page (non-text contrast of at least 3:1) and the text reads at 4.5:1.
    expect(contrast("#00646e", "#ffffff")).toBeGreaterThan(3);
    expect(contrast("#0b0c0c", "#ffffff")).toBeGreaterThan(4.5);
  });
});

describe("the line chart", () => {
  const chart = lineChart({
    id: "chart-line",
    title: "Signatories & friends",
    points: [
      { label: "Apr\n2025", value: 4 },
      { label: "May\n2025", value: 5 },
      { label: "Jun\n2025", value: 12 },
    ],
  });

  it("is an image named by its title, with a marked and labelled point per value", () => {
    expect(svgAccessibleName(chart)).toBe("Signatories & friends");
    expect(chartData(chart)).toEqual([
      { label: "Apr 2025", value: 4, shown: "4" },
      { label: "May 2025", value: 5, shown: "5" },
      { label: "Jun 2025", value: 12, shown: "12" },
    ]);
    expect(chart.match(/<circle /g)).toHaveLength(3);
    expect(chart.match(/<polyline /g)).toHaveLength(1);
    // Each axis label is written on two lines.
    expect(chart).toMatch(/<tspan[^>]*>Apr<\/tspan><tspan[^>]*>2025<\/tspan>/);
  });

  it("labels its axis in whole numbers up to a round top", () => {
    const ticks = [...chart.matchAll(/<text [^>]*text-anchor="end"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(ticks).toEqual([0, 5, 10, 15, 20]);
    expect([1, 2, 4, 5, 7, 12, 20, 51, 180].map(niceCeiling)).toEqual([1, 2, 5, 5, 10, 20, 20, 100, 200]);
    expect([1, 2, 5, 10, 20, 50, 100, 200].map(tickStep)).toEqual([1, 1, 1, 2, 5, 10, 20, 50]);
  });

  it("draws a single point without a line, and all zeros on the axis", () => {
    const single = lineChart({ id: "chart-one", title: "One", points: [{ label: "2025", value: 0 }] });
    expect(single).not.toContain("<polyline");
    expect(chartData(single)).toEqual([{ label: "2025", value: 0, shown: "0" }]);
  });

  it("escapes its labels", () => {
    const hostile = lineChart({ id: "chart-x", title: "<x>", points: [{ label: "<script>\n&", value: 1 }] });
    expect(hostile).not.toContain("<script");
    expect(hostile).toContain("&lt;script&gt;");
    expect(hostile).toContain('<title id="chart-x-title">&lt;x&gt;</title>');
  });

  it("escapes the five characters that matter in XML", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
  });
});

describe("the map of the nine places", () => {
  const counts = {
    CHESHIRE_EAST: 7,
    CHESHIRE_WEST_AND_CHESTER: 3,
    HALTON: 0,
    KNOWSLEY: 2,
    LIVERPOOL: 12,
    SEFTON: 5,
    ST_HELENS: 1,
    WARRINGTON: 9,
    WIRRAL: 4,
  };
  const map = placesMap({ id: "test-map", title: "Places & <things>", counts, noun: ["application", "applications"] });

  it("has a shape for each of the nine places, ready in the repository", () => {
    expect(Object.keys(PLACE_SHAPES).sort()).toEqual(PLACES.map((p) => p.value).sort());
    expect(map.svg.match(/<path d="M/g)).toHaveLength(10); // nine places and the Mersey
  });

  it("shades in up to four equal steps of whole numbers above none, with a key", () => {
    expect(map.legend.map((s) => [s.step, s.label])).toEqual([
      [0, "None"],
      [1, "1 to 3"],
      [2, "4 to 6"],
      [3, "7 to 9"],
      [4, "10 to 12"],
    ]);
    expect(Object.fromEntries(map.places.map((p) => [p.value, p.step]))).toEqual({
      CHESHIRE_EAST: 3,
      CHESHIRE_WEST_AND_CHESTER: 1,
      HALTON: 0,
      KNOWSLEY: 1,
      LIVERPOOL: 4,
      SEFTON: 2,
      ST_HELENS: 1,
      WARRINGTON: 3,
      WIRRAL: 2,
    });
    expect(map.svg).toContain('class="app-map__place app-map__place--step-4" data-place="LIVERPOOL" data-count="12"');
    expect(shadingSteps(0).map((s) => s.label)).toEqual(["None"]);
    expect(shadingSteps(1).map((s) => s.label)).toEqual(["None", "1"]);
    expect(shadingSteps(5).map((s) => s.label)).toEqual(["None", "1 to 2", "3 to 4", "5 to 6"]);
  });

  it("keeps the steps in order of lightness, so that they read in greyscale", () => {
    const levels = STEP_FILLS.map(luminance);
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]!).toBeLessThan(levels[i - 1]!);
    // Neighbouring steps differ clearly, and the darkest stands out from the lightest.
    for (let i = 1; i < STEP_FILLS.length; i += 1) {
      expect(contrast(STEP_FILLS[i - 1]!, STEP_FILLS[i]!)).toBeGreaterThan(1.3);
    }
    expect(contrast(STEP_FILLS[0], STEP_FILLS[4])).toBeGreaterThan(7);
  });

  it("titles each shape and labels it with its name and number on a white card", () => {
    expect(map.svg).toContain("<title>Liverpool: 12 applications</title>");
    expect(map.svg).toContain("<title>St Helens: 1 application</title>");
    expect(map.svg).toMatch(/>Liverpool<\/text><text[^>]*class="app-map__count"[^>]*>12<\/text>/);
    expect(map.svg).toMatch(/>Cheshire West<\/text><text[^>]*>and Chester<\/text>/);
    expect(map.svg.match(/<g class="app-map__label" aria-hidden="true"><rect [^>]*fill="#ffffff"/g)).toHaveLength(9);
  });

  it("is an image with an escaped accessible name, and no inline styles", () => {
    expect(svgAccessibleName(map.svg)).toBe("Places & <things>");
    expect(map.svg).toContain("Places &amp; &lt;things&gt;");
    expect(map.svg).not.toMatch(/\sstyle=/);
  });
});

describe("the programme year", () => {
  it("runs from midnight UK time on 1 April to midnight on the next 1 April", () => {
    const period = periodOf(2025);
    expect(period.label).toBe("2025 to 2026");
    expect(period.from?.toISOString()).toBe("2025-03-31T23:00:00.000Z");
    expect(period.to?.toISOString()).toBe("2026-03-31T23:00:00.000Z");
    expect(periodOf(null)).toEqual({ year: null, label: "All years", from: null, to: null });
  });

  it("puts an instant in the year by its UK date", () => {
    expect(programmeYearOf(new Date("2025-03-31T22:59:59Z"))).toBe(2024);
    expect(programmeYearOf(new Date("2025-03-31T23:00:00Z"))).toBe(2025);
    expect(programmeYearOf(new Date("2026-01-15T12:00:00Z"))).toBe(2025);
    expect(programmeYearChoices(new Date("2026-12-01T10:00:00Z"))).toEqual([
      2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019,
    ]);
  });

  it("finds UK midnight in winter and in summer", () => {
    expect(ukMidnight(2025, 1).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(ukMidnight(2025, 7).toISOString()).toBe("2025-06-30T23:00:00.000Z");
    // Months past December run into the next year.
    expect(ukMidnight(2025, 14).toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });

  it("counts whole UK calendar days and takes the median", () => {
    expect(ukDaysBetween(new Date("2025-03-20T12:00:00Z"), new Date("2025-03-31T22:30:00Z"))).toBe(11);
    expect(ukDaysBetween(new Date("2025-06-02T08:00:00Z"), new Date("2025-06-02T18:00:00Z"))).toBe(0);
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([28, 7, 10, 20, 14, 11])).toBe(12.5);
  });

  it("adds calendar months, keeping to the end of a shorter month", () => {
    expect(addMonths(new Date("2026-12-01T10:00:00Z"), 6).toISOString()).toBe("2027-06-01T10:00:00.000Z");
    expect(addMonths(new Date("2026-08-31T10:00:00Z"), 6).toISOString()).toBe("2027-02-28T10:00:00.000Z");
  });
});
