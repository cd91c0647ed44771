import { daysBefore } from "./context.js";
import type { DemoApplication } from "./plan.js";

export interface References {
  of: Map<DemoApplication, string>;
  /** The last number given out in each year, for the portal's counter to carry on from. */
  counters: { year: number; last: number }[];
}

/** References such as SVA-2026-0042 for every submitted application, numbered in order of submission. */
export function referencesFor(applications: DemoApplication[], now: Date): References {
  const submitted = applications
    .filter((app) => app.submitted !== undefined)
    .sort((a, b) => b.submitted! - a.submitted!);
  const last = new Map<number, number>();
  const of = new Map<DemoApplication, string>();
  for (const app of submitted) {
    const year = daysBefore(now, app.submitted!).getUTCFullYear();
    const number = (last.get(year) ?? 0) + 1;
    last.set(year, number);
    of.set(app, `SVA-${year}-${String(number).padStart(4, "0")}`);
  }
  return { of, counters: [...last].map(([year, count]) => ({ year, last: count })) };
}
