/**
 * The five criteria every theme is scored against, with the one name each has everywhere: the
 * award page, the settings, the assessor's scoring page and the published scores.
 */
export const CRITERIA = [
  {
    key: "outcome",
    label: "Outcome for stakeholders",
    hint: "How clearly the evidence shows what changed for the people who benefited.",
  },
  { key: "scale", label: "Scale and reach", hint: "How many people benefited, and how widely." },
  {
    key: "localBenefit",
    label: "Local benefit and focus on inequalities",
    hint: "Benefit in Cheshire and Merseyside, and to people facing the greatest inequalities.",
  },
  { key: "evidence", label: "Evidence quality", hint: "How reliable and specific the evidence is." },
  {
    key: "sustainability",
    label: "Sustainability and timeliness",
    hint: "Whether the work is recent, continuing and likely to last.",
  },
] as const;

export type CriterionKey = (typeof CRITERIA)[number]["key"];
export const CRITERION_KEYS: CriterionKey[] = CRITERIA.map((c) => c.key);
