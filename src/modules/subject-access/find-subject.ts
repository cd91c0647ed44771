// Who or what a subject access request is about, before anything is gathered.
import type { SubjectAccessDeps } from "./deps.js";

export type Subject = { id: string; name: string };

const plausibleId = (id: string) => typeof id === "string" && id.length <= 64;

export async function findPerson(deps: SubjectAccessDeps, userId: string): Promise<Subject | null> {
  if (!plausibleId(userId)) return null;
  const user = await deps.prisma.user.findUnique({ where: { id: userId }, select: { id: true, fullName: true } });
  return user && { id: user.id, name: user.fullName };
}

export async function findOrganisation(deps: SubjectAccessDeps, organisationId: string): Promise<Subject | null> {
  if (!plausibleId(organisationId)) return null;
  const org = await deps.prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true },
  });
  return org && { id: org.id, name: org.name };
}

/** The organisation, only when `userId` is its owner: for anyone else it does not exist. */
export async function findOwnOrganisation(
  deps: SubjectAccessDeps,
  userId: string,
  organisationId: string,
): Promise<Subject | null> {
  if (!plausibleId(organisationId)) return null;
  const membership = await deps.prisma.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    include: { organisation: { select: { id: true, name: true } } },
  });
  return membership?.isOwner ? membership.organisation : null;
}
