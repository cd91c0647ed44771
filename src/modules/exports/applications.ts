import type { Db, Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import { combinedResult, scoresByTheme, type ScoringRules, themeResult } from "../assessment/index.js";
import { APPLICATION_STATUSES, labelOf, ORGANISATION_TYPES, PLACES, THEMES } from "../programme/index.js";
import { after, labels, ukDate } from "./cells.js";
import type { Column, ExportDefinition } from "./definition.js";

const applicationSelect = {
  id: true,
  reference: true,
  orgName: true,
  orgType: true,
  orgPlaces: true,
  status: true,
  chosenThemes: true,
  submittedAt: true,
  organisation: { select: { type: true } },
  assignments: {
    // The reviews that count, as on the lead's pages: submitted, by an assessor still assigned.
    where: { status: "ACTIVE", reviewStatus: "SUBMITTED" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { scores: { select: { theme: true, criterion: true, score: true, reason: true } } },
  },
  decisions: {
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { outcome: true, recognisedThemes: true, decidedAt: true },
  },
} satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }> & {
  /** Per chosen theme: each submitted review's weighted percentage, and the combined one. */
  results: Record<string, { reviews: number[]; combined: number | null }>;
};

const OUTCOMES: Record<string, string> = {
  AWARDED: "Awarded",
  NOT_AWARDED: "Not awarded",
  REVISIONS_REQUESTED: "Revisions requested",
};

function withResults(row: Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>, rules: ScoringRules) {
  const reviews = row.assignments.map((a) => scoresByTheme(a.scores));
  const results: ApplicationRow["results"] = {};
  for (const theme of splitList(row.chosenThemes)) {
    const scores = reviews.map((r) => r[theme]?.scores ?? {});
    results[theme] = {
      reviews: scores.map((s) => themeResult(s, rules).percent),
      combined: scores.length > 0 ? combinedResult(scores, rules).percent : null,
    };
  }
  return { ...row, results };
}

const themeColumns = THEMES.flatMap((theme): Column<ApplicationRow>[] => [
  {
    header: `${theme.label}: review scores (%)`,
    meaning: `Each submitted review's weighted percentage for the ${theme.label} theme, oldest review first, separated by semicolons. Empty when the theme was not chosen or no review is submitted.`,
    value: (row) => row.results[theme.value]?.reviews.join("; ") ?? "",
  },
  {
    header: `${theme.label}: combined (%)`,
    meaning: `The reviews combined by averaging each sub-criterion, as the lead's decision page shows it.`,
    value: (row) => row.results[theme.value]?.combined ?? "",
  },
  {
    header: `${theme.label}: decision`,
    meaning: `"Recognised" or "Not recognised" in the latest decision; empty when the theme was not chosen or there is no decision yet.`,
    value: (row) => {
      const decision = row.decisions[0];
      if (!decision || !splitList(row.chosenThemes).includes(theme.value)) return "";
      return splitList(decision.recognisedThemes).includes(theme.value) ? "Recognised" : "Not recognised";
    },
  },
]);

export const applications = (prisma: Db): ExportDefinition<ApplicationRow> => ({
  key: "applications",
  title: "Applications with their scores and decisions",
  summary:
    "Every application that has been submitted, one row each, whatever its status now. Percentages use the award's current weights.",
  columns: [
    { header: "Reference", meaning: "The application's reference, such as SVA-2026-0042.", value: (r) => r.reference },
    {
      header: "Organisation",
      meaning: "The organisation's name as given in the application.",
      value: (r) => r.orgName,
    },
    {
      header: "Organisation type",
      meaning: "The type of organisation.",
      value: (r) => labelOf(ORGANISATION_TYPES, r.orgType || r.organisation.type),
    },
    {
      header: "Places",
      meaning: "The places it works in, separated by semicolons.",
      value: (r) => labels(PLACES, splitList(r.orgPlaces)),
    },
    {
      header: "Status",
      meaning: "Where the application stands now.",
      value: (r) => labelOf(APPLICATION_STATUSES, r.status),
    },
    {
      header: "Themes chosen",
      meaning: "The themes the organisation applied under, separated by semicolons.",
      value: (r) => labels(THEMES, splitList(r.chosenThemes)),
    },
    {
      header: "Submitted",
      meaning: "The date it was (last) submitted, YYYY-MM-DD.",
      value: (r) => ukDate(r.submittedAt),
    },
    {
      header: "Reviews submitted",
      meaning: "How many assessors' reviews count towards the scores.",
      value: (r) => r.assignments.length,
    },
    ...themeColumns,
    {
      header: "Decision",
      meaning: "The latest decision: Awarded, Not awarded or Revisions requested; empty before a decision.",
      value: (r) => (r.decisions[0] ? OUTCOMES[r.decisions[0].outcome] : ""),
    },
    {
      header: "Decision date",
      meaning: "The date of the latest decision, YYYY-MM-DD.",
      value: (r) => ukDate(r.decisions[0]?.decidedAt),
    },
  ],
  batch: async ({ after: id, take, rules }) =>
    (
      await prisma.application.findMany({
        where: { reference: { not: null }, ...after(id) },
        orderBy: { id: "asc" },
        take,
        select: applicationSelect,
      })
    ).map((row) => withResults(row, rules)),
});
