import type { Prisma } from "../../platform/db/index.js";
import type { DashboardDeps } from "./deps.js";
import { addMonths, type Period } from "./programme-year.js";
import { range } from "./queries.js";
import type { DashboardFigures } from "./types.js";

/** Awards granted in the period by where they stand today, and those expiring within six months. */
export async function awardFigures(
  { prisma }: DashboardDeps,
  period: Period,
  today: Date,
): Promise<DashboardFigures["awards"]> {
  const awardedAt = range(period);
  const granted: Prisma.AwardWhereInput = awardedAt ? { awardedAt } : {};
  const expiringBy = addMonths(today, 6);
  const [total, current, lapsed, expired, revoked, expiringSoon] = await Promise.all([
    prisma.award.count({ where: granted }),
    prisma.award.count({ where: { ...granted, status: "CURRENT", expiresAt: { gt: today } } }),
    // Past its expiry date but not yet marked by the daily job.
    prisma.award.count({ where: { ...granted, status: "CURRENT", expiresAt: { lte: today } } }),
    prisma.award.count({ where: { ...granted, status: "EXPIRED" } }),
    prisma.award.count({ where: { ...granted, status: "REVOKED" } }),
    prisma.award.count({ where: { status: "CURRENT", expiresAt: { gt: today, lte: expiringBy } } }),
  ]);
  return { granted: total, current, expired: expired + lapsed, revoked, expiringSoon, expiringBy };
}
