import { labelOf, ORGANISATION_TYPES, PLACES, SIZE_BANDS, type PlaceValue } from "../programme/index.js";
import type { OrganisationsDeps } from "./deps.js";
import { detailsOf, membership } from "./queries.js";
import type { OrganisationDetails } from "./schemas.js";

export interface OrganisationPage {
  id: string;
  isOwner: boolean;
  details: OrganisationDetails;
  labels: { type: string; sizeBand: string; places: string[] };
  members: { id: string; userId: string; fullName: string; email: string; jobTitle: string; isOwner: boolean }[];
  pendingInvitations: { id: string; email: string; expiresAt: Date }[];
}

/** The organisations the person belongs to, oldest membership first. */
export async function listForUser(
  { prisma }: OrganisationsDeps,
  userId: string,
): Promise<{ id: string; name: string; isOwner: boolean }[]> {
  const rows = await prisma.membership.findMany({
    where: { userId },
    include: { organisation: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ id: row.organisationId, name: row.organisation.name, isOwner: row.isOwner }));
}

/** The organisation's page, for its members only. */
export async function page(
  { prisma, now }: OrganisationsDeps,
  userId: string,
  organisationId: string,
): Promise<OrganisationPage | null> {
  const mine = await membership(prisma, userId, organisationId);
  if (!mine) return null;
  const [details, members, pending] = await Promise.all([
    detailsOf(prisma, organisationId),
    prisma.membership.findMany({
      where: { organisationId },
      include: { user: true },
      orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }],
    }),
    prisma.invitation.findMany({
      where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
  ]);
  return {
    id: organisationId,
    isOwner: mine.isOwner,
    details,
    labels: {
      type: labelOf(ORGANISATION_TYPES, details.type),
      sizeBand: labelOf(SIZE_BANDS, details.sizeBand),
      places: details.places.map((place: PlaceValue) => labelOf(PLACES, place)),
    },
    members: members.map((m) => ({
      id: m.id,
      userId: m.userId,
      fullName: m.user.fullName,
      email: m.user.email,
      jobTitle: m.user.jobTitle,
      isOwner: m.isOwner,
    })),
    pendingInvitations: pending.map((i) => ({ id: i.id, email: i.email, expiresAt: i.expiresAt })),
  };
}
