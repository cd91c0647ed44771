// Organisations and members: the organisation's details, who belongs to it, and invitations to join.
import type { Db, RoleValue } from "../../../platform/db/index.js";
import { iso } from "./format.js";

export const organisationOf = (prisma: Db, organisationId: string) =>
  prisma.organisation.findUnique({ where: { id: organisationId }, include: { places: true } });

export function organisationRecord(org: NonNullable<Awaited<ReturnType<typeof organisationOf>>>) {
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    registrationNumber: org.registrationNumber,
    addressLine1: org.addressLine1,
    addressLine2: org.addressLine2,
    town: org.town,
    postcode: org.postcode,
    places: org.places.map((p) => p.place).sort(),
    sizeBand: org.sizeBand,
    website: org.website,
    createdAt: iso(org.createdAt),
    updatedAt: iso(org.updatedAt),
  };
}

/** The organisations a person belongs to. */
export const membershipsOf = (prisma: Db, userId: string) =>
  prisma.membership.findMany({
    where: { userId },
    include: { organisation: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

export function membershipRecord(m: Awaited<ReturnType<typeof membershipsOf>>[number]) {
  return {
    organisationId: m.organisation.id,
    organisationName: m.organisation.name,
    isOwner: m.isOwner,
    memberSince: iso(m.createdAt),
  };
}

/** An organisation's members, owners first. */
export const membersOf = (prisma: Db, organisationId: string) =>
  prisma.membership.findMany({
    where: { organisationId },
    include: { user: true },
    orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });

export function memberRecord(m: Awaited<ReturnType<typeof membersOf>>[number]) {
  return {
    fullName: m.user.fullName,
    email: m.user.email,
    jobTitle: m.user.jobTitle,
    isOwner: m.isOwner,
    memberSince: iso(m.createdAt),
  };
}

const ORDER = [{ createdAt: "asc" as const }, { id: "asc" as const }];

export const invitationsTo = (prisma: Db, email: string) =>
  prisma.invitation.findMany({
    where: { email },
    include: { organisation: { select: { name: true } } },
    orderBy: ORDER,
  });

export const invitationsFrom = (prisma: Db, userId: string) =>
  prisma.invitation.findMany({
    where: { invitedById: userId },
    include: { organisation: { select: { name: true } } },
    orderBy: ORDER,
  });

/** Invitations to join the organisation, with who sent each. */
export const invitationsToJoin = (prisma: Db, organisationId: string) =>
  prisma.invitation.findMany({
    where: { organisationId },
    include: { organisation: { select: { name: true } }, invitedBy: { select: { fullName: true } } },
    orderBy: ORDER,
  });

export function invitationRecord(
  row: {
    email: string;
    role: RoleValue;
    organisation: { name: string } | null;
    createdAt: Date;
    expiresAt: Date;
    acceptedAt: Date | null;
    revokedAt: Date | null;
  },
  extra: Record<string, unknown> = {},
) {
  return {
    ...extra,
    email: row.email,
    role: row.role,
    organisationName: row.organisation?.name ?? null,
    sentAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    acceptedAt: iso(row.acceptedAt),
    revokedAt: iso(row.revokedAt),
  };
}
