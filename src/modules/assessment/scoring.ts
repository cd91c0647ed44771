// The award's scoring model as pure functions: no database, no settings lookups. Callers pass
// the lead's current numbers from the settings service.
import { CRITERIA, CRITERION_KEYS, type CriterionKey } from "../programme/index.js";
import type { ProgrammeSettings } from "../settings/index.js";

export const SCALE = [
  { value: 0, label: "None" },
  { value: 1, label: "Limited" },
  { value: 2, label: "Adequate" },
  { value: 3, label: "Good" },
  { value: 4, label: "Strong" },
] as const;

export const MAX_SCORE = 4;

export type Weights = ProgrammeSettings["award"]["weights"];
export type Scores = Partial<Record<CriterionKey, number | null | undefined>>;

export interface ScoringRules {
  weights: Weights;
  recognitionThresholdPercent: number;
  borderlineLowPercent: number;
  borderlineHighPercent: number;
}

export function rulesFrom(settings: ProgrammeSettings): ScoringRules {
  const { weights, recognitionThresholdPercent, borderlineLowPercent, borderlineHighPercent } = settings.award;
  return { weights, recognitionThresholdPercent, borderlineLowPercent, borderlineHighPercent };
}

const isScore = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_SCORE;

/** Rounded to two decimal places, so that 59.999999 from floating point reads as the 60 it is. */
const tidy = (value: number) => Math.round(value * 100) / 100;

/**
 * The weighted percentage of the sub-criteria scored so far: each score as a share of the top
 * score, weighted, over the total weight of all five. Unscored sub-criteria count as 0, so a
 * partly scored theme shows how far it has got; a theme with no weight at all scores 0.
 */
export function weightedPercent(scores: Scores, weights: Weights): number {
  const totalWeight = CRITERION_KEYS.reduce((sum, key) => sum + weights[key], 0);
  if (totalWeight <= 0) return 0;
  const earned = CRITERION_KEYS.reduce((sum, key) => {
    const score = scores[key];
    return sum + (isScore(score) ? (score / MAX_SCORE) * weights[key] : 0);
  }, 0);
  return tidy((earned / totalWeight) * 100);
}

export interface ThemeResult {
  percent: number;
  /** Every sub-criterion has a score. */
  complete: boolean;
  /** Some sub-criterion scored 0, which rules recognition out whatever the total. */
  hasZero: boolean;
  recognised: boolean;
  borderline: boolean;
}

/** What a theme's percentage means under the rules: recognised, borderline, or neither. */
function judged(percent: number, complete: boolean, hasZero: boolean, rules: ScoringRules): ThemeResult {
  return {
    percent,
    complete,
    hasZero,
    recognised: complete && !hasZero && percent >= rules.recognitionThresholdPercent,
    borderline: complete && percent >= rules.borderlineLowPercent && percent <= rules.borderlineHighPercent,
  };
}

export function themeResult(scores: Scores, rules: ScoringRules): ThemeResult {
  const complete = CRITERION_KEYS.every((key) => isScore(scores[key]));
  const hasZero = CRITERION_KEYS.some((key) => scores[key] === 0);
  return judged(weightedPercent(scores, rules.weights), complete, hasZero, rules);
}

/**
 * Several assessors' scores for one theme, combined by averaging each sub-criterion. The weighted
 * percentage of the averages equals the average of the percentages, and a sub-criterion counts
 * as 0 only when every assessor gave it 0.
 */
export function combinedScores(reviews: Scores[]): Scores {
  const combined: Scores = {};
  if (reviews.length === 0) return combined;
  for (const key of CRITERION_KEYS) {
    const given = reviews.map((r) => r[key]).filter(isScore);
    if (given.length === reviews.length) combined[key] = given.reduce((a, b) => a + b, 0) / given.length;
  }
  return combined;
}

/** combinedScores allows fractions; themeResult's completeness check needs whole scores. */
export function combinedResult(reviews: Scores[], rules: ScoringRules): ThemeResult {
  if (reviews.length === 0) {
    return { percent: 0, complete: false, hasZero: false, recognised: false, borderline: false };
  }
  const combined = combinedScores(reviews);
  const complete = CRITERION_KEYS.every((key) => typeof combined[key] === "number");
  const hasZero = CRITERION_KEYS.some((key) => combined[key] === 0);
  const totalWeight = CRITERION_KEYS.reduce((sum, key) => sum + rules.weights[key], 0);
  const earned = CRITERION_KEYS.reduce((sum, key) => sum + ((combined[key] ?? 0) / MAX_SCORE) * rules.weights[key], 0);
  return judged(totalWeight > 0 ? tidy((earned / totalWeight) * 100) : 0, complete, hasZero, rules);
}

/** The award is granted when at least one theme is recognised. */
export function awardGranted(recognisedThemes: readonly string[]): boolean {
  return recognisedThemes.length > 0;
}

export { CRITERIA, CRITERION_KEYS, type CriterionKey };
