// Audit entries: which ones an erasure scrubs, and how thoroughly.
import { scrubAuditLog } from "../audit-scrub.js";
import type { Tx } from "../deps.js";
import type { PersonTerms } from "./terms.js";

/** The rows around a person or an organisation whose audit entries may name them. */
export interface RelatedRows {
  organisationIds: string[];
  applicationIds: string[];
  charterRequestIds: string[];
  awardIds: string[];
  invitationIds: string[];
}

/**
 * Entries about the person's account keep only what cannot be personal; their addresses go from
 * every entry, and their names from the entries that concern them. Returns how many changed.
 */
export function scrubPersonFromAuditLog(
  tx: Tx,
  userId: string,
  terms: PersonTerms,
  rows: RelatedRows,
): Promise<number> {
  return scrubAuditLog(tx, {
    subjects: [{ subjectType: "User", ids: [userId] }],
    everywhere: terms.emailTerms,
    inRelated: terms.nameTerms,
    related: [
      { subjectType: "Organisation", ids: rows.organisationIds },
      { subjectType: "Application", ids: rows.applicationIds },
      { subjectType: "CharterSignature", ids: rows.charterRequestIds },
      { subjectType: "Award", ids: rows.awardIds },
      { subjectType: "Invitation", ids: rows.invitationIds },
    ],
    relatedOrganisations: rows.organisationIds,
    actorId: userId,
  });
}

/**
 * Entries about the organisation and everything it had keep only what cannot be personal, and the
 * texts that identify it go from every other entry. Returns how many changed.
 */
export function scrubOrganisationFromAuditLog(
  tx: Tx,
  organisationId: string,
  rows: Omit<RelatedRows, "organisationIds">,
  terms: string[],
): Promise<number> {
  return scrubAuditLog(tx, {
    organisations: [organisationId],
    subjects: [
      { subjectType: "Organisation", ids: [organisationId] },
      { subjectType: "Application", ids: rows.applicationIds },
      { subjectType: "Award", ids: rows.awardIds },
      { subjectType: "CharterSignature", ids: rows.charterRequestIds },
      { subjectType: "Invitation", ids: rows.invitationIds },
    ],
    everywhere: terms,
  });
}
