import { recordAudit } from "../../platform/audit.js";
import { changedFields } from "../accounts/index.js";
import type { OrganisationsDeps } from "./deps.js";
import { detailsOf, ownerOf } from "./queries.js";
import type { OrganisationDetails } from "./schemas.js";

/** The details for the owner's edit form, or null for anyone else. */
export async function detailsForOwner(
  { prisma }: OrganisationsDeps,
  userId: string,
  organisationId: string,
): Promise<OrganisationDetails | null> {
  if (!(await ownerOf(prisma, userId, organisationId))) return null;
  return detailsOf(prisma, organisationId);
}

/** The owner saves the organisation's details; only what changed is audited. */
export async function update(
  { prisma }: OrganisationsDeps,
  userId: string,
  organisationId: string,
  input: OrganisationDetails,
): Promise<boolean> {
  if (!(await ownerOf(prisma, userId, organisationId))) return false;
  const before = await detailsOf(prisma, organisationId);
  const changes = changedFields(before, input);
  if (!changes) return true;
  const { places, ...fields } = input;
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisationId },
      data: { ...fields, registrationNumber: fields.registrationNumber || null, website: fields.website || null },
    });
    await tx.organisationPlace.deleteMany({ where: { organisationId } });
    await tx.organisationPlace.createMany({ data: places.map((place) => ({ organisationId, place })) });
    await recordAudit(tx, userId, "organisation.update", ["Organisation", organisationId], changes);
  });
  return true;
}
