import type { Db } from "../../platform/db/index.js";

export interface AdminFigures {
  applicants: number;
  assessors: number;
  leads: number;
  organisations: number;
}

/** The figures on the lead's home page: active accounts by role, and organisations. */
export async function overview({ prisma }: { prisma: Db }): Promise<AdminFigures> {
  const [byRole, organisations] = await Promise.all([
    prisma.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
    prisma.organisation.count(),
  ]);
  const count = (role: string) => byRole.find((row) => row.role === role)?._count._all ?? 0;
  return {
    applicants: count("APPLICANT"),
    assessors: count("ASSESSOR"),
    leads: count("PROGRAMME_LEAD"),
    organisations,
  };
}
