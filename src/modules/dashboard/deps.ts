import type { Db } from "../../platform/db/index.js";

/** What every dashboard use case is given first. */
export interface DashboardDeps {
  prisma: Db;
  now: () => Date;
}

/** What the composition root passes; the clock is the real one unless a caller gives its own. */
export type DashboardOptions = Omit<DashboardDeps, "now"> & { now?: () => Date };

export function dashboardDeps(options: DashboardOptions): DashboardDeps {
  return { ...options, now: options.now ?? (() => new Date()) };
}
