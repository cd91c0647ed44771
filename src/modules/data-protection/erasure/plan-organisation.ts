import { isIdLike } from "../../../platform/validation.js";
import type { ErasureDeps } from "../deps.js";
import { isLive, isUnsubmittedDraft } from "./applications.js";
import { isCurrentAward } from "./awards.js";
import type { OrganisationErasurePlan } from "./model.js";
import { whyAccountStays } from "./organisations.js";

const loadOrganisation = (deps: ErasureDeps, organisationId: string) =>
  deps.prisma.organisation.findUnique({
    where: { id: organisationId },
    include: {
      members: {
        include: {
          user: {
            select: { id: true, fullName: true, email: true, role: true, _count: { select: { memberships: true } } },
          },
        },
        orderBy: { createdAt: "asc" },
      },
      applications: { select: { id: true, reference: true, status: true, submittedAt: true } },
      awards: { select: { id: true, status: true, expiresAt: true, application: { select: { reference: true } } } },
      _count: { select: { invitations: true, charterSignatures: true } },
    },
  });

/** What erasing this organisation would remove and keep, for the confirmation page. */
export async function planOrganisation(
  deps: ErasureDeps,
  organisationId: string,
): Promise<OrganisationErasurePlan | null> {
  if (!isIdLike(organisationId)) return null;
  const now = deps.now();
  const organisation = await loadOrganisation(deps, organisationId);
  if (!organisation) return null;
  const applicationIds = organisation.applications.map((a) => a.id);
  const [evidenceFiles, auditEntries] = await Promise.all([
    deps.prisma.evidenceFile.count({ where: { applicationTheme: { applicationId: { in: applicationIds } } } }),
    deps.prisma.auditEvent.count({
      where: {
        OR: [
          { subjectType: "Organisation", subjectId: organisationId },
          { subjectType: "Application", subjectId: { in: applicationIds } },
          { subjectType: "Award", subjectId: { in: organisation.awards.map((a) => a.id) } },
        ],
      },
    }),
  ]);
  const drafts = organisation.applications.filter(isUnsubmittedDraft);
  return {
    id: organisation.id,
    name: organisation.name,
    erased: organisation.erasedAt !== null,
    currentAwards: organisation.awards
      .filter((a) => isCurrentAward(a, now))
      .map((a) => ({ id: a.id, expiresAt: a.expiresAt, reference: a.application.reference })),
    members: organisation.members.map(({ user }) => {
      const reason = whyAccountStays({ role: user.role, memberships: user._count.memberships });
      return { id: user.id, fullName: user.fullName, email: user.email, erase: reason === null, reason };
    }),
    applications: {
      total: organisation.applications.length,
      drafts: drafts.length,
      withdrawn: organisation.applications.filter(isLive).map((a) => a.reference ?? a.id),
      kept: organisation.applications.length - drafts.length,
    },
    evidenceFiles,
    invitations: organisation._count.invitations,
    charterRequests: organisation._count.charterSignatures,
    awards: organisation.awards.length,
    auditEntries,
  };
}
