import { recordAudit } from "../../../platform/audit.js";
import type { ErasureDeps, Tx } from "../deps.js";
import { queueFileDeletions } from "../file-deletions.js";
import { afterCommit } from "./after-commit.js";
import { eraseOrganisationApplications } from "./applications.js";
import { scrubOrganisationFromAuditLog } from "./audit-entries.js";
import { isCurrentAward, revokeAndRename } from "./awards.js";
import { anonymiseCharterRequests } from "./charter.js";
import { eraseUserInTx } from "./erase-user.js";
import type { ErasureOutcome } from "./model.js";
import { anonymiseOrganisation, endMembership, erasedWithOrganisation } from "./organisations.js";
import { ERASURE_TRANSACTION } from "./refusals.js";
import { organisationTerms } from "./terms.js";

type Refusal = "already-erased" | "award-not-confirmed";
interface Input {
  requestReference: string;
  awardConfirmed: boolean;
}

const loadOrganisation = (tx: Tx, organisationId: string) =>
  tx.organisation.findUnique({
    where: { id: organisationId },
    include: {
      members: { include: { user: { include: { _count: { select: { memberships: true } } } } } },
      applications: {
        select: {
          id: true,
          status: true,
          submittedAt: true,
          orgName: true,
          orgPostcode: true,
          orgRegistrationNumber: true,
          orgWebsite: true,
          orgAddressLine1: true,
        },
      },
      awards: { select: { id: true, status: true, expiresAt: true } },
      charterSignatures: { select: { id: true } },
      invitations: { select: { id: true } },
    },
  });

type Organisation = NonNullable<Awaited<ReturnType<typeof loadOrganisation>>>;

/** Members whose only organisation this is are erased with it; others just leave it. */
async function eraseMembers(tx: Tx, organisation: Organisation, actorId: string, input: Input, now: Date) {
  let accountsErased = 0;
  for (const member of organisation.members) {
    const user = { role: member.user.role, memberships: member.user._count.memberships };
    if (erasedWithOrganisation(user)) {
      const erased = await eraseUserInTx(tx, member.userId, {
        actorId,
        now,
        organisationBeingErased: organisation.id,
        reason: "request",
        requestReference: input.requestReference,
      });
      if (erased.ok) accountsErased += 1;
      else await endMembership(tx, member.id);
    } else {
      await endMembership(tx, member.id);
    }
  }
  return accountsErased;
}

async function eraseInTx(
  tx: Tx,
  actorId: string,
  organisationId: string,
  input: Input,
  now: Date,
): Promise<{ ok: true; keys: string[] } | { ok: false; refusal: Refusal } | null> {
  const organisation = await loadOrganisation(tx, organisationId);
  if (!organisation) return null;
  if (organisation.erasedAt) return { ok: false, refusal: "already-erased" };
  const current = organisation.awards.filter((a) => isCurrentAward(a, now)).map((a) => a.id);
  if (current.length > 0 && !input.awardConfirmed) return { ok: false, refusal: "award-not-confirmed" };

  const terms = organisationTerms(organisation, organisation.applications);
  const accountsErased = await eraseMembers(tx, organisation, actorId, input, now);
  const applications = await eraseOrganisationApplications(tx, organisation.applications, actorId, now);
  await revokeAndRename(tx, organisationId, current, actorId, now);
  await anonymiseCharterRequests(tx, organisationId);
  await anonymiseOrganisation(tx, organisationId, now);
  const auditEntriesScrubbed = await scrubOrganisationFromAuditLog(
    tx,
    organisationId,
    {
      applicationIds: organisation.applications.map((a) => a.id),
      awardIds: organisation.awards.map((a) => a.id),
      charterRequestIds: organisation.charterSignatures.map((s) => s.id),
      invitationIds: organisation.invitations.map((i) => i.id),
    },
    terms,
  );
  const { keys } = applications;
  await queueFileDeletions(tx, keys, now);
  await recordAudit(tx, actorId, "organisation.erase", ["Organisation", organisationId], {
    after: {
      reason: "request",
      requestReference: input.requestReference,
      awardsRevoked: current,
      removed: {
        accountsErased,
        membershipsEnded: organisation.members.length,
        draftApplicationsDeleted: applications.drafts.length,
        applicationsWithdrawn: applications.live.length,
        applicationsAnonymised: applications.kept.length,
        evidenceFiles: keys.length,
        invitations: organisation.invitations.length,
        charterRequestsAnonymised: organisation.charterSignatures.length,
        auditEntriesScrubbed,
      },
    },
  });
  return { ok: true, keys };
}

/** Erases an organisation on request; a current award must be confirmed (it is revoked). */
export async function eraseOrganisation(
  deps: ErasureDeps,
  actorId: string,
  organisationId: string,
  input: Input,
): Promise<({ ok: true } & ErasureOutcome) | { ok: false; refusal: Refusal } | null> {
  const now = deps.now();
  const exists = await deps.prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!exists) return null;
  const result = await deps.prisma.$transaction(
    (tx) => eraseInTx(tx, actorId, organisationId, input, now),
    ERASURE_TRANSACTION,
  );
  if (!result) return null;
  if (!result.ok) return result;
  return { ok: true, ...(await afterCommit(deps, result.keys)) };
}
