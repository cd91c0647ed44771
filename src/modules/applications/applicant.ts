import type { ApplicationsDeps } from "./deps.js";

export type ApplicantContext = NonNullable<Awaited<ReturnType<typeof applicantContext>>>;

/** The organisation the user applies for: their first, and the live application if any. */
export async function applicantContext({ prisma }: Pick<ApplicationsDeps, "prisma">, userId: string) {
  const membership = await prisma.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: {
      organisation: {
        include: {
          _count: { select: { places: true } },
          applications: {
            orderBy: { createdAt: "desc" },
            select: { id: true, status: true, liveKey: true, reference: true, createdAt: true, submittedAt: true },
          },
        },
      },
    },
  });
  if (!membership) return null;
  const applications = membership.organisation.applications;
  return {
    organisationId: membership.organisationId,
    organisationName: membership.organisation.name,
    /** What the organisation's profile already says, for the eligibility questions. */
    profile: {
      organisationType: membership.organisation.type,
      worksInPlaces: membership.organisation._count.places > 0,
    },
    liveApplicationId: applications.find((a) => a.liveKey !== null)?.id ?? null,
    applications: applications.map((a) => ({
      id: a.id,
      status: a.status,
      reference: a.reference,
      createdAt: a.createdAt,
      submittedAt: a.submittedAt,
    })),
  };
}

/** Where an applicant starts after signing in: their live application, their applications, or eligibility. */
export async function startingPoint(deps: Pick<ApplicationsDeps, "prisma">, userId: string): Promise<string> {
  const context = await applicantContext(deps, userId);
  if (context?.liveApplicationId) return `/applications/${context.liveApplicationId}`;
  return context?.applications.length ? "/applications" : "/apply";
}
