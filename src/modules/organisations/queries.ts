import { isIdLike } from "../../platform/validation.js";
import type { Db } from "../../platform/db/index.js";
import { PLACES } from "../programme/index.js";
import type { OrganisationDetails } from "./schemas.js";

/** The person's membership of the organisation, or null. */
export async function membership(prisma: Db, userId: string, organisationId: string) {
  if (!isIdLike(organisationId)) return null;
  return prisma.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
}

/** The person's membership when they own the organisation, or null. */
export async function ownerOf(prisma: Db, userId: string, organisationId: string) {
  const found = await membership(prisma, userId, organisationId);
  return found?.isOwner ? found : null;
}

/** The organisation's details as its owner edits them. */
export async function detailsOf(prisma: Db, organisationId: string): Promise<OrganisationDetails> {
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    include: { places: true },
  });
  return {
    name: org.name,
    type: org.type,
    registrationNumber: org.registrationNumber ?? "",
    addressLine1: org.addressLine1,
    addressLine2: org.addressLine2,
    town: org.town,
    postcode: org.postcode,
    places: PLACES.map((p) => p.value).filter((value) => org.places.some((row) => row.place === value)),
    sizeBand: org.sizeBand ?? "MICRO",
    website: org.website ?? "",
  };
}

/**
 * Another member as the owner sees them before removing them or handing over ownership; null for
 * anyone but the owner, and for the owner themselves, so an organisation never loses its owner.
 */
export async function memberForOwner(prisma: Db, userId: string, organisationId: string, memberId: string) {
  if (!(await ownerOf(prisma, userId, organisationId))) return null;
  const member = await prisma.membership.findFirst({
    where: { id: memberId, organisationId },
    include: { user: true, organisation: true },
  });
  if (!member || member.userId === userId) return null;
  return {
    id: member.id,
    fullName: member.user.fullName,
    email: member.user.email,
    organisationName: member.organisation.name,
  };
}
