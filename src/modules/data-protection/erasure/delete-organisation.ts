import { recordAudit } from "../../../platform/audit.js";
import type { Tx } from "../deps.js";
import { queueFileDeletions } from "../file-deletions.js";
import { evidenceKeysOf } from "./applications.js";
import { scrubOrganisationFromAuditLog } from "./audit-entries.js";
import type { ErasureReason } from "./model.js";
import { organisationTerms } from "./terms.js";

export interface DeleteOrganisationOptions {
  actorId: string | null;
  now: Date;
  reason: ErasureReason;
}

/**
 * Deletes an organisation outright (retention: an unconfirmed owner's organisation with drafts
 * only), inside the caller's transaction. Returns the storage keys of the evidence to delete.
 */
export async function deleteOrganisationInTx(
  tx: Tx,
  organisationId: string,
  options: DeleteOrganisationOptions,
): Promise<string[]> {
  const organisation = await tx.organisation.findUnique({
    where: { id: organisationId },
    include: {
      applications: {
        select: { id: true, orgName: true, orgPostcode: true, orgRegistrationNumber: true, orgWebsite: true },
      },
      charterSignatures: { select: { id: true } },
      invitations: { select: { id: true } },
      awards: { select: { id: true } },
    },
  });
  if (!organisation) return [];
  const applicationIds = organisation.applications.map((a) => a.id);
  const keys = await evidenceKeysOf(tx, applicationIds);
  const terms = organisationTerms(organisation, organisation.applications);
  await tx.organisation.delete({ where: { id: organisationId } });
  await scrubOrganisationFromAuditLog(
    tx,
    organisationId,
    {
      applicationIds,
      awardIds: organisation.awards.map((a) => a.id),
      charterRequestIds: organisation.charterSignatures.map((s) => s.id),
      invitationIds: organisation.invitations.map((i) => i.id),
    },
    terms,
  );
  await recordAudit(tx, options.actorId, "organisation.delete", ["Organisation", organisationId], {
    after: { reason: options.reason, applicationsDeleted: applicationIds.length, evidenceFiles: keys.length },
  });
  await queueFileDeletions(tx, keys, options.now);
  return keys;
}
