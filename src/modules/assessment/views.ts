// How stored scores are arranged for the pages, for the lead and the assessors alike.
import { THEMES } from "../programme/index.js";
import { CRITERIA, themeResult, type Scores, type ScoringRules, type ThemeResult } from "./scoring.js";

type ScoreRow = { theme: string; criterion: string; score: number | null; reason: string };

export type ThemeScores = { scores: Scores; reasons: Record<string, string> };

/** Scores of one review, by theme. */
export function scoresByTheme(rows: ScoreRow[]): Record<string, ThemeScores> {
  const byTheme: Record<string, ThemeScores> = {};
  for (const row of rows) {
    const entry = (byTheme[row.theme] ??= { scores: {}, reasons: {} });
    (entry.scores as Record<string, number | null>)[row.criterion] = row.score;
    entry.reasons[row.criterion] = row.reason;
  }
  return byTheme;
}

/** Every sub-criterion has a score and a reason. */
export function themeComplete(entry: ThemeScores | undefined): boolean {
  if (!entry) return false;
  return CRITERIA.every(({ key }) => typeof entry.scores[key] === "number" && (entry.reasons[key] ?? "").trim() !== "");
}

export const themeLabel = (theme: string) => THEMES.find((t) => t.value === theme)?.label ?? theme;

/** One review's scores for each chosen theme, with each theme's result under the current rules. */
export function reviewThemes(
  rows: ScoreRow[],
  chosen: string[],
  rules: ScoringRules,
): { theme: string; scores: Scores; reasons: Record<string, string>; result: ThemeResult }[] {
  const byTheme = scoresByTheme(rows);
  return chosen.map((theme) => ({
    theme,
    scores: byTheme[theme]?.scores ?? {},
    reasons: byTheme[theme]?.reasons ?? {},
    result: themeResult(byTheme[theme]?.scores ?? {}, rules),
  }));
}
