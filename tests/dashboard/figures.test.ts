import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashboardService } from "../../src/modules/dashboard/service.js";
import { programmeYearOf, ukCalendarDate } from "../../src/modules/dashboard/programme-year.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { signedInAs } from "../helpers/assessment.js";
import type { Visitor } from "../helpers/browser.js";
import { buildDataSet, EXPECTED } from "./data-set.js";
import {
  captionOf,
  cellNumbers,
  chartData,
  rowCells,
  rowHeaders,
  svgAccessibleName,
  svgById,
  tableById,
  textById,
} from "./html.js";

let t: TestApp;
let lead: Visitor;
let now: Date;

beforeAll(async () => {
  t = await createTestApp();
  now = new Date();
  await buildDataSet(t.prisma, now);
  lead = (await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead")).visitor;
});
afterAll(async () => {
  await t?.close();
});

async function dashboard(query = "") {
  const response = await lead.get(`/admin/dashboard${query}`);
  expect(response.status, response.text.slice(0, 500)).toBe(200);
  return response.text;
}

function keyFigure(html: string, name: string) {
  return textById(html, "span", `figure-${name}`);
}

describe("the dashboard's figures for all years", () => {
  it("counts applications by status, theme, place and sector", async () => {
    const html = await dashboard();
    const all = EXPECTED.all;
    expect(keyFigure(html, "applications")).toBe(String(all.applications));
    expect(keyFigure(html, "submitted")).toBe(String(all.submitted));
    expect(cellNumbers(tableById(html, "table-status"))).toEqual({ ...all.byStatus, TOTAL: all.applications });
    expect(cellNumbers(tableById(html, "table-theme"))).toEqual(all.byTheme);
    expect(cellNumbers(tableById(html, "table-place"))).toEqual(all.byPlace);
    expect(cellNumbers(tableById(html, "table-sector"))).toEqual({ ...all.bySector, TOTAL: all.submitted });
  });

  it("counts decisions by outcome and gives the median days from submission to decision", async () => {
    const html = await dashboard();
    const { decisions } = EXPECTED.all;
    expect(keyFigure(html, "decisions")).toBe(String(decisions.total));
    expect(keyFigure(html, "median")).toBe("12.5 days");
    expect(textById(html, "p", "median-text")).toBe(
      "Median time from submission to decision: 12.5 days, over 6 decisions.",
    );
    expect(cellNumbers(tableById(html, "table-decisions"))).toEqual({
      AWARDED: decisions.AWARDED,
      NOT_AWARDED: decisions.NOT_AWARDED,
      REVISIONS_REQUESTED: decisions.REVISIONS_REQUESTED,
      TOTAL: decisions.total,
    });
  });

  it("counts awards granted by what became of them, and current awards expiring in the next 6 months", async () => {
    const html = await dashboard();
    const { awards } = EXPECTED.all;
    expect(keyFigure(html, "awards")).toBe(String(awards.granted));
    expect(keyFigure(html, "expiring")).toBe(String(EXPECTED.expiringSoon));
    expect(cellNumbers(tableById(html, "table-awards"))).toEqual({
      GRANTED: awards.granted,
      CURRENT: awards.current,
      EXPIRED: awards.expired,
      REVOKED: awards.revoked,
      EXPIRING: EXPECTED.expiringSoon,
    });
  });

  it("shows charter signatories per programme year since the charter's launch", async () => {
    const html = await dashboard();
    expect(keyFigure(html, "signatories")).toBe("5");
    const rows = rowCells(tableById(html, "table-charter"));
    const years = Object.keys(rows);
    expect(years[0]).toBe("2019 to 2020");
    expect(years).toHaveLength(programmeYearOf(now) - 2019 + 1);
    expect(rows["2019 to 2020"]).toEqual({ SIGNED: "1", REMOVED: "0", TOTAL: "1" });
    expect(rows["2023 to 2024"]).toEqual({ SIGNED: "0", REMOVED: "0", TOTAL: "1" });
    expect(rows["2024 to 2025"]).toEqual({ SIGNED: "3", REMOVED: "0", TOTAL: "4" });
    expect(rows["2025 to 2026"]).toEqual({ SIGNED: "2", REMOVED: "1", TOTAL: "5" });
    const signed = Object.values(rows).reduce((sum, row) => sum + Number(row.SIGNED), 0);
    const removed = Object.values(rows).reduce((sum, row) => sum + Number(row.REMOVED), 0);
    expect({ signed, removed }).toEqual({ signed: EXPECTED.all.charter.signed, removed: EXPECTED.all.charter.removed });
    expect(rows[years[years.length - 1]!]!.TOTAL).toBe(String(EXPECTED.all.charter.totalAtEnd));
  });

  it("shows each active assessor's open reviews and the age of the oldest, busiest first", async () => {
    const html = await dashboard();
    const table = tableById(html, "table-workload");
    expect(rowHeaders(table)).toEqual(EXPECTED.workload.map((w) => w.name));
    expect(Object.values(rowCells(table))).toEqual(
      EXPECTED.workload.map((w) => ({
        OPEN: String(w.open),
        OLDEST: w.oldest === null ? "None open" : String(w.oldest),
      })),
    );
    expect(html).not.toContain("Dan Departed");
  });
});

describe("the dashboard's figures for one programme year", () => {
  it("counts 2025 to 2026 only, with applications in the year of their latest submission", async () => {
    const html = await dashboard("?year=2025");
    const year = EXPECTED.year2025;
    expect(textById(html, "p", "period")).toContain("Showing 2025 to 2026: 1 April 2025 to 31 March 2026.");
    expect(html).toMatch(/<option value="2025" selected>2025 to 2026<\/option>/);
    expect(keyFigure(html, "applications")).toBe(String(year.applications));
    expect(keyFigure(html, "submitted")).toBe(String(year.submitted));
    expect(cellNumbers(tableById(html, "table-status"))).toEqual({ ...year.byStatus, TOTAL: year.applications });
    expect(cellNumbers(tableById(html, "table-theme"))).toEqual(year.byTheme);
    expect(cellNumbers(tableById(html, "table-place"))).toEqual(year.byPlace);
    expect(cellNumbers(tableById(html, "table-sector"))).toEqual({ ...year.bySector, TOTAL: year.submitted });
    expect(cellNumbers(tableById(html, "table-decisions"))).toEqual({
      AWARDED: year.decisions.AWARDED,
      NOT_AWARDED: year.decisions.NOT_AWARDED,
      REVISIONS_REQUESTED: year.decisions.REVISIONS_REQUESTED,
      TOTAL: year.decisions.total,
    });
    expect(keyFigure(html, "median")).toBe("20 days");
    expect(textById(html, "p", "median-text")).toContain("over 3 decisions");
    expect(cellNumbers(tableById(html, "table-awards"))).toEqual({
      GRANTED: year.awards.granted,
      CURRENT: year.awards.current,
      EXPIRED: year.awards.expired,
      REVOKED: year.awards.revoked,
      // Expiring soon is as of today, whatever the year.
      EXPIRING: EXPECTED.expiringSoon,
    });
  });

  it("shows the year's charter signatories month by month", async () => {
    const html = await dashboard("?year=2025");
    const rows = rowCells(tableById(html, "table-charter"));
    expect(
      Object.entries(rows).map(([month, cells]) => [
        month,
        Number(cells.SIGNED),
        Number(cells.REMOVED),
        Number(cells.TOTAL),
      ]),
    ).toEqual(EXPECTED.year2025.charter.months);
    expect(keyFigure(html, "signatories")).toBe(String(EXPECTED.year2025.charter.totalAtEnd));
  });

  it("shows the current programme year's months up to this one", async () => {
    const current = programmeYearOf(now);
    const html = await dashboard(`?year=${current}`);
    const [, month] = ukCalendarDate(now);
    const months = Object.keys(rowCells(tableById(html, "table-charter")));
    expect(months).toHaveLength(month >= 4 ? month - 3 : month + 9);
    expect(months[0]).toBe(`April ${current}`);
    expect(Object.values(rowCells(tableById(html, "table-charter"))).map((row) => row.TOTAL)).toEqual(
      months.map(() => "5"),
    );
  });

  it("puts a decision at 23:30 on 31 March (UK summer time) in the year that ends that day", async () => {
    const html = await dashboard("?year=2024");
    const year = EXPECTED.year2024;
    expect(keyFigure(html, "applications")).toBe(String(year.applications));
    expect(cellNumbers(tableById(html, "table-status"))).toEqual({ ...year.byStatus, TOTAL: year.applications });
    expect(keyFigure(html, "decisions")).toBe(String(year.decisions.total));
    expect(keyFigure(html, "median")).toBe("11 days");
    expect(keyFigure(html, "awards")).toBe(String(year.awards.granted));
    const awards = cellNumbers(tableById(html, "table-awards"));
    expect([awards.CURRENT, awards.EXPIRED, awards.REVOKED]).toEqual([
      year.awards.current,
      year.awards.expired,
      year.awards.revoked,
    ]);
    expect(keyFigure(html, "signatories")).toBe(String(year.charter.totalAtEnd));
  });

  it("gives the same figures from the service as on the page", async () => {
    const service = createDashboardService({ prisma: t.prisma, now: () => now });
    const figures = await service.figures(2025);
    expect(figures.period.from?.toISOString()).toBe("2025-03-31T23:00:00.000Z");
    expect(figures.period.to?.toISOString()).toBe("2026-03-31T23:00:00.000Z");
    expect(figures.decisions.medianDays).toBe(EXPECTED.year2025.decisions.median);
    expect(figures.decisions.measured).toBe(EXPECTED.year2025.decisions.measured);
    expect(figures.charter).toMatchObject({ signed: 2, removed: 1, totalAtEnd: 5 });
    expect(figures.workload.map((w) => [w.name, w.openReviews, w.oldestDays])).toEqual(
      EXPECTED.workload.map((w) => [w.name, w.open, w.oldest]),
    );
    const all = await service.figures(null);
    expect(all.decisions.medianDays).toBe(EXPECTED.all.decisions.median);
    expect(all.decisions.measured).toBe(EXPECTED.all.decisions.measured);
  });
});

describe("the programme year filter", () => {
  it("offers every programme year from 2019 to 2020 to the current one, and all years", async () => {
    const html = await dashboard();
    const options = [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    const current = programmeYearOf(now);
    expect(options[0]).toEqual(["all", "All years"]);
    expect(options[1]).toEqual([String(current), `${current} to ${current + 1}`]);
    expect(options[options.length - 1]).toEqual(["2019", "2019 to 2020"]);
    expect(html).toMatch(/<option value="all" selected>All years<\/option>/);
    expect((await dashboard("?year=all")).includes("Showing <strong>all years</strong>")).toBe(true);
  });

  it("answers a year that is not a programme year with a clear message, not an error", async () => {
    for (const [query, message] of [
      ["?year=last", "Choose a programme year from the list, such as 2025 to 2026"],
      ["?year=2025-26", "Choose a programme year from the list, such as 2025 to 2026"],
      ["?year=1999", "Choose a programme year between 2019 to 2020 and "],
      [`?year=${programmeYearOf(new Date()) + 1}`, "Choose a programme year between 2019 to 2020 and "],
      ["?year=2025&year=2024", "Choose one programme year from the list"],
    ] as const) {
      const response = await lead.get(`/admin/dashboard${query}`);
      expect(response.status, query).toBe(400);
      expect(response.text).toContain("There is a problem");
      expect(response.text).toContain('href="#year"');
      expect(response.text, query).toContain(message);
      expect(response.text).toContain('id="year-error"');
      expect(response.text).toMatch(/<title>\s*Error: /);
      expect(response.text).not.toContain('id="table-status"');
    }
  });

  it("is never stored: the page is not cached", async () => {
    const response = await lead.get("/admin/dashboard?year=2025");
    expect(response.headers["cache-control"]).toBe("no-store");
  });
});

describe("the charts' accessible alternatives", () => {
  it("names each chart by the caption of the table beside it, and draws the table's numbers", async () => {
    const html = await dashboard("?year=2025");
    for (const [chart, table] of [
      ["chart-status", "table-status"],
      ["chart-theme", "table-theme"],
      ["chart-place", "table-place"],
      ["chart-sector", "table-sector"],
    ] as const) {
      const svg = svgById(html, chart);
      const caption = captionOf(tableById(html, table));
      expect(svgAccessibleName(svg)).toBe(caption);
      expect(svg).toContain(`aria-describedby="${chart}-desc"`);
      const numbers = cellNumbers(tableById(html, table));
      delete numbers.TOTAL;
      const drawn = chartData(svg);
      expect(drawn.map((bar) => bar.value)).toEqual(Object.values(numbers));
      expect(drawn.map((bar) => bar.shown)).toEqual(Object.values(numbers).map(String));
      expect(drawn.map((bar) => bar.label)).toEqual(rowHeaders(tableById(html, table)).filter((h) => h !== "Total"));
    }
    expect(captionOf(tableById(html, "table-place"))).toBe("Submitted applications by place, 2025 to 2026");
  });

  it("draws the signatories' line through the totals in the table", async () => {
    const html = await dashboard("?year=2025");
    const svg = svgById(html, "chart-charter");
    expect(svgAccessibleName(svg)).toBe("Charter signatories, 2025 to 2026: signatories at the end of each month");
    // The axis names each month by its first three letters and its year.
    expect(chartData(svg).map((point) => [point.label, point.value])).toEqual(
      EXPECTED.year2025.charter.months.map(([month, , , total]) => [
        `${month.slice(0, 3)} ${month.split(" ")[1]}`,
        total,
      ]),
    );
  });

  it("uses no inline styles, which the Content Security Policy would block", async () => {
    const html = await dashboard();
    const svgs = html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    for (const svg of svgs) {
      expect(svg).not.toMatch(/\sstyle=/);
      expect(svg).not.toContain("<style");
    }
  });
});

describe("the map of the nine places", () => {
  async function map(query: string) {
    const response = await lead.get(`/admin/dashboard/map${query}`);
    expect(response.status, response.text.slice(0, 400)).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    return response.text;
  }
  const placesOnMap = (html: string): Record<string, { step: number; count: number; title: string }> =>
    Object.fromEntries(
      [
        ...svgById(html, "places-map").matchAll(
          /<g class="app-map__place app-map__place--step-(\d)" data-place="([A-Z_]+)" data-count="(\d+)" data-step="(\d)"><title>([^<]*)<\/title>/g,
        ),
      ].map((m) => [m[2]!, { step: Number(m[1]), count: Number(m[3]), title: m[5]! }]),
    );
  const legendOf = (html: string) =>
    [...elementLegend(html).matchAll(/data-step="(\d)">[\s\S]*?<span>([^<]*)<\/span>/g)].map((m) => [
      Number(m[1]),
      m[2],
    ]);
  const elementLegend = (html: string) => /<ul[^>]*id="map-legend"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";

  it("shades the places by submitted applications, in steps with a key, over all years", async () => {
    const html = await map("");
    const places = placesOnMap(html);
    expect(Object.keys(places)).toHaveLength(9);
    // The largest count is 3, so each step is one application.
    expect(legendOf(html)).toEqual([
      [0, "None"],
      [1, "1"],
      [2, "2"],
      [3, "3"],
    ]);
    for (const [place, count] of Object.entries(EXPECTED.all.byPlace)) {
      expect(places[place], place).toMatchObject({ count, step: count });
    }
    expect(places.LIVERPOOL!.title).toBe("Liverpool: 3 applications");
    expect(places.HALTON!.title).toBe("Halton: 1 application");
    expect(places.ST_HELENS!.title).toBe("St Helens: 0 applications");
    const svg = svgById(html, "places-map");
    expect(svgAccessibleName(svg)).toBe(
      "Map of the nine places of Cheshire and Merseyside, shaded by submitted applications, all years",
    );
    // Each place is labelled with its name and its number, so the map reads without colour.
    expect(svg).toMatch(
      />Cheshire West<\/text><text[^>]*>and Chester<\/text><text[^>]*class="app-map__count"[^>]*>2<\/text>/,
    );
    expect(svg).toMatch(/>St Helens<\/text><text[^>]*class="app-map__count"[^>]*>0<\/text>/);
  });

  it("gives the same figures in a table, with both counts and the shading of each place", async () => {
    const html = await map("?year=all&shade=applications");
    const table = tableById(html, "table-map");
    expect(captionOf(table)).toBe("Applications and awards by place, all years");
    const rows = rowCells(table);
    expect(Object.keys(rows)).toEqual([
      "CHESHIRE_EAST",
      "CHESHIRE_WEST_AND_CHESTER",
      "HALTON",
      "KNOWSLEY",
      "LIVERPOOL",
      "SEFTON",
      "ST_HELENS",
      "WARRINGTON",
      "WIRRAL",
    ]);
    for (const [place, cells] of Object.entries(rows)) {
      const applications = EXPECTED.all.byPlace[place as keyof typeof EXPECTED.all.byPlace];
      expect(cells).toEqual({
        APPLICATIONS: String(applications),
        AWARDS: String(EXPECTED.all.awardsByPlace[place as keyof typeof EXPECTED.all.awardsByPlace]),
        STEP: applications === 0 ? "None" : String(applications),
      });
    }
  });

  it("shades by award holders for one programme year when asked", async () => {
    const html = await map("?year=2025&shade=awards");
    expect(html).toMatch(
      /<input class="govuk-radios__input" id="shade-2" name="shade" type="radio" value="awards" checked>/,
    );
    const places = placesOnMap(html);
    for (const [place, count] of Object.entries(EXPECTED.year2025.awardsByPlace)) {
      expect(places[place], place).toMatchObject({ count, step: count });
    }
    expect(places.SEFTON!.title).toBe("Sefton: 1 award");
    expect(legendOf(html)).toEqual([
      [0, "None"],
      [1, "1"],
    ]);
    expect(svgAccessibleName(svgById(html, "places-map"))).toContain(
      "shaded by award holders (awards granted), 2025 to 2026",
    );
    const rows = rowCells(tableById(html, "table-map"));
    expect(rows.LIVERPOOL).toEqual({ APPLICATIONS: "1", AWARDS: "1", STEP: "1" });
    expect(rows.KNOWSLEY).toEqual({ APPLICATIONS: "0", AWARDS: "0", STEP: "None" });
    expect(rows.HALTON).toEqual({ APPLICATIONS: "1", AWARDS: "0", STEP: "None" });
  });

  it("answers a shading or year it does not know with a clear message", async () => {
    const bad = await lead.get("/admin/dashboard/map?year=2025&shade=money");
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Choose whether to shade the map by applications or by award holders");
    expect(bad.text).toContain('href="#shade"');
    // The valid year is kept.
    expect(bad.text).toMatch(/<option value="2025" selected>/);
    const year = await lead.get("/admin/dashboard/map?year=soon");
    expect(year.status).toBe(400);
    expect(year.text).toContain("Choose a programme year from the list");
    expect(year.text).not.toContain('id="places-map"');
  });
});
