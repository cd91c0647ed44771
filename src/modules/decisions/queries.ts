import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.js";
import type { DecisionsDeps } from "./deps.js";

/** The shipped bank holidays and those the lead added. */
export async function holidays(deps: DecisionsDeps): Promise<Set<string>> {
  const extra = await deps.settings.get("extraBankHolidays");
  return new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS, ...extra]);
}

/** The application with its reviews, its newest decision (and any appeal) and its award. */
export async function loadApplication(deps: DecisionsDeps, applicationId: string) {
  return deps.prisma.application.findUnique({
    where: { id: applicationId },
    include: {
      assignments: { include: { scores: true } },
      decisions: { orderBy: [{ decidedAt: "desc" }, { id: "desc" }], take: 1, include: { appeal: true } },
      award: true,
    },
  });
}
export type LoadedApplication = NonNullable<Awaited<ReturnType<typeof loadApplication>>>;

export async function isMember(deps: DecisionsDeps, userId: string, applicationId: string): Promise<boolean> {
  const found = await deps.prisma.application.findFirst({
    where: { id: applicationId, organisation: { members: { some: { userId } } } },
    select: { id: true },
  });
  return found !== null;
}

export function submittedReviews(application: LoadedApplication) {
  return application.assignments.filter((a) => a.status === "ACTIVE" && a.reviewStatus === "SUBMITTED");
}
