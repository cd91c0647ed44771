import { describe, expect, it } from "vitest";
import {
  awardGranted,
  combinedResult,
  themeResult,
  weightedPercent,
  type ScoringRules,
} from "../../src/modules/assessment/scoring.js";
import { DEFAULT_SETTINGS } from "../../src/modules/settings/service.js";

const rules: ScoringRules = {
  weights: DEFAULT_SETTINGS.award.weights,
  recognitionThresholdPercent: 60,
  borderlineLowPercent: 55,
  borderlineHighPercent: 65,
};
const all = (n: number) => ({ outcome: n, scale: n, localBenefit: n, evidence: n, sustainability: n });

describe("the weighted percentage", () => {
  it("is 100 for top marks, 0 for none and proportional in between", () => {
    expect(weightedPercent(all(4), rules.weights)).toBe(100);
    expect(weightedPercent(all(0), rules.weights)).toBe(0);
    expect(weightedPercent(all(2), rules.weights)).toBe(50);
    expect(weightedPercent(all(3), rules.weights)).toBe(75);
  });

  it("weights outcome 30%, three criteria 20% and sustainability 10%", () => {
    // Only outcome at 4: 30% of the total. Only sustainability at 4: 10%.
    expect(weightedPercent({ outcome: 4 }, rules.weights)).toBe(30);
    expect(weightedPercent({ sustainability: 4 }, rules.weights)).toBe(10);
    // 3,2,3,2,4 -> (0.75*30 + 0.5*20 + 0.75*20 + 0.5*20 + 1*10) = 67.5
    expect(
      weightedPercent({ outcome: 3, scale: 2, localBenefit: 3, evidence: 2, sustainability: 4 }, rules.weights),
    ).toBe(67.5);
  });

  it("follows weights the lead has changed", () => {
    const weights = { outcome: 1, scale: 1, localBenefit: 1, evidence: 1, sustainability: 0 };
    expect(weightedPercent({ outcome: 4, scale: 4, localBenefit: 0, evidence: 0, sustainability: 0 }, weights)).toBe(
      50,
    );
    expect(weightedPercent(all(4), { outcome: 0, scale: 0, localBenefit: 0, evidence: 0, sustainability: 0 })).toBe(0);
  });

  it("ignores values outside the 0 to 4 scale", () => {
    expect(weightedPercent({ outcome: 7, scale: -1, localBenefit: 2.5 }, rules.weights)).toBe(0);
  });
});

describe("recognising a theme", () => {
  it("recognises a theme at exactly the threshold", () => {
    // 2,3,3,2,2 -> 15 + 15 + 15 + 10 + 5 = 60
    const result = themeResult({ outcome: 2, scale: 3, localBenefit: 3, evidence: 2, sustainability: 2 }, rules);
    expect(result).toMatchObject({ percent: 60, complete: true, hasZero: false, recognised: true });
  });

  it("does not recognise a theme just under the threshold", () => {
    // 2,3,3,2,1 -> 15 + 15 + 15 + 10 + 2.5 = 57.5
    const result = themeResult({ outcome: 2, scale: 3, localBenefit: 3, evidence: 2, sustainability: 1 }, rules);
    expect(result).toMatchObject({ percent: 57.5, recognised: false, borderline: true });
  });

  it("never recognises a theme with a sub-criterion at 0, however high the total", () => {
    // 4,4,4,4,0 -> 90%
    const result = themeResult({ outcome: 4, scale: 4, localBenefit: 4, evidence: 4, sustainability: 0 }, rules);
    expect(result).toMatchObject({ percent: 90, hasZero: true, recognised: false });
  });

  it("does not recognise or flag an incomplete theme", () => {
    const result = themeResult({ outcome: 4, scale: 4, localBenefit: 4, evidence: 4 }, rules);
    expect(result).toMatchObject({ percent: 90, complete: false, recognised: false, borderline: false });
  });

  it("uses the lead's threshold", () => {
    const strict = { ...rules, recognitionThresholdPercent: 80 };
    expect(themeResult(all(3), strict).recognised).toBe(false);
    expect(themeResult(all(4), strict).recognised).toBe(true);
  });
});

describe("the borderline band", () => {
  const at = (percentScores: Record<string, number>) => themeResult(percentScores, rules);

  it("includes both ends of the band, 55% and 65%", () => {
    // 2,2,2,2,2 = 50; 3,2,2,2,2 = 57.5; 2,3,2,2,2 -> 55
    expect(at({ outcome: 2, scale: 3, localBenefit: 2, evidence: 2, sustainability: 2 })).toMatchObject({
      percent: 55,
      borderline: true,
    });
    // 3,3,2,2,3 -> 22.5+15+10+10+7.5 = 65
    expect(at({ outcome: 3, scale: 3, localBenefit: 2, evidence: 2, sustainability: 3 })).toMatchObject({
      percent: 65,
      borderline: true,
      recognised: true,
    });
  });

  it("excludes results outside the band", () => {
    // 50% and 67.5%
    expect(at(all(2)).borderline).toBe(false);
    expect(at({ outcome: 3, scale: 2, localBenefit: 3, evidence: 2, sustainability: 4 }).borderline).toBe(false);
  });

  it("follows a band the lead has changed", () => {
    const wide = { ...rules, borderlineLowPercent: 40, borderlineHighPercent: 70 };
    expect(themeResult(all(2), wide).borderline).toBe(true);
  });
});

describe("combining assessors", () => {
  it("averages each sub-criterion, so the percentage is the mean of the assessors'", () => {
    const result = combinedResult([all(2), all(3)], rules);
    expect(result.percent).toBe(62.5);
    expect(result.recognised).toBe(true);
  });

  it("counts a sub-criterion as 0 only when every assessor gave 0", () => {
    const oneZero = { ...all(4), sustainability: 0 };
    expect(combinedResult([oneZero, all(4)], rules).hasZero).toBe(false);
    expect(combinedResult([oneZero, oneZero], rules)).toMatchObject({ hasZero: true, recognised: false });
  });

  it("is incomplete when any assessor left a sub-criterion unscored, and empty without reviews", () => {
    expect(combinedResult([all(4), { outcome: 4 }], rules).complete).toBe(false);
    expect(combinedResult([], rules)).toMatchObject({ complete: false, recognised: false });
  });
});

it("grants the award when at least one theme is recognised", () => {
  expect(awardGranted([])).toBe(false);
  expect(awardGranted(["SOCIAL"])).toBe(true);
});
