import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";

/** What every dashboard use case is given first. */
export interface DashboardDeps {
  prisma: Db;
  now: Clock;
}
