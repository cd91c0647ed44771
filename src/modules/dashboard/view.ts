import { horizontalBarChart, lineChart } from "./charts.js";
import { placesMap, type PlacesMap } from "./places-map.js";
import type { Shading } from "./schemas.js";
import type { DashboardFigures, PlaceFigures } from "./types.js";

const SEE_TABLE = "The same figures are in the table beside this chart.";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export function formatDays(days: number | null): string {
  if (days === null) return "No decisions to measure";
  return `${numberFormat.format(days)} day${days === 1 ? "" : "s"}`;
}

/** The captions shared by each chart's title and its table, so that both say the same. */
export function captions(periodLabel: string) {
  const when = periodLabel === "All years" ? "all years" : periodLabel;
  return {
    status: `Applications by status, ${when}`,
    theme: `Submitted applications by theme, ${when}`,
    place: `Submitted applications by place, ${when}`,
    sector: `Submitted applications by sector, ${when}`,
    decisions: `Decisions by outcome, ${when}`,
    awards: `Awards granted, ${when}`,
    charter: `Charter signatories, ${when}`,
    workload: "Open reviews per assessor, today",
  };
}

export function dashboardView(figures: DashboardFigures) {
  const caption = captions(figures.period.label);
  const bars = (rows: { label: string; count: number }[]) =>
    rows.map((row) => ({ label: row.label, value: row.count }));
  return {
    captions: caption,
    medianText: formatDays(figures.decisions.medianDays),
    charts: {
      status: horizontalBarChart({
        id: "chart-status",
        title: caption.status,
        description: SEE_TABLE,
        bars: bars(figures.applications.byStatus),
      }),
      theme: horizontalBarChart({
        id: "chart-theme",
        title: caption.theme,
        description: SEE_TABLE,
        bars: bars(figures.applications.byTheme),
      }),
      place: horizontalBarChart({
        id: "chart-place",
        title: caption.place,
        description: SEE_TABLE,
        bars: bars(figures.applications.byPlace),
      }),
      sector: horizontalBarChart({
        id: "chart-sector",
        title: caption.sector,
        description: SEE_TABLE,
        bars: bars(figures.applications.bySector),
      }),
      charter: lineChart({
        id: "chart-charter",
        title: `${caption.charter}: signatories at the end of each ${figures.period.year === null ? "programme year" : "month"}`,
        description: SEE_TABLE,
        points: figures.charter.points.map((point) => ({ label: point.axisLabel, value: point.total })),
      }),
    },
  };
}

export function mapView(figures: PlaceFigures, shade: Shading): { map: PlacesMap; caption: string; shadedBy: string } {
  const when = figures.period.label === "All years" ? "all years" : figures.period.label;
  const byAwards = shade === "awards";
  const shadedBy = byAwards ? "award holders (awards granted)" : "submitted applications";
  const counts = Object.fromEntries(
    figures.places.map((place) => [place.value, byAwards ? place.awards : place.applications]),
  ) as Record<(typeof figures.places)[number]["value"], number>;
  return {
    caption: `Applications and awards by place, ${when}`,
    shadedBy,
    map: placesMap({
      id: "places-map",
      title: `Map of the nine places of Cheshire and Merseyside, shaded by ${shadedBy}, ${when}`,
      description: "Each place is labelled with its number. The same figures are in the table below the map.",
      counts,
      noun: byAwards ? ["award", "awards"] : ["application", "applications"],
    }),
  };
}
