import { recordAudit } from "../../../platform/audit.js";
import type { ErasureDeps, Tx } from "../deps.js";
import { forgetSignInAttempts, removeAccount, removeSignIns } from "./accounts.js";
import { removeNameFromApplications } from "./applications.js";
import { scrubPersonFromAuditLog } from "./audit-entries.js";
import { charterRequestsOf, removeChampionEntries, removeNameFromCharterRequests } from "./charter.js";
import type { EraseUserOptions, UserCounts, UserRefusal, UserResult } from "./model.js";
import { leaveOrganisations } from "./organisations.js";
import { ERASURE_TRANSACTION, userRefusal } from "./refusals.js";
import { assignmentsOf, closeReviews } from "./reviews.js";
import { personTerms } from "./terms.js";

async function recordUserErasure(
  tx: Tx,
  userId: string,
  options: EraseUserOptions,
  accountKept: boolean,
  counts: UserCounts,
): Promise<void> {
  await recordAudit(tx, options.actorId, "user.erase", ["User", userId], {
    after: {
      reason: options.reason,
      requestReference: options.requestReference ?? "",
      accountKept,
      ...(options.organisationBeingErased ? { withOrganisation: options.organisationBeingErased } : {}),
      removed: counts,
    },
  });
}

/**
 * Erases one person inside the caller's transaction. The account is deleted, or kept without
 * personal data when submitted reviews or other assignments hang on it.
 */
export async function eraseUserInTx(tx: Tx, userId: string, options: EraseUserOptions): Promise<UserResult> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    include: { memberships: { select: { organisationId: true } }, accountTokens: { select: { newEmail: true } } },
  });
  if (!user) return { ok: false, refusal: { kind: "already-erased" } };
  const refusal = await userRefusal(tx, user, options.actorId, options.organisationBeingErased ?? null);
  if (refusal) return { ok: false, refusal };

  const terms = await personTerms(tx, user);
  const organisationIds = user.memberships.map((m) => m.organisationId);
  const [organisationApplications, assignments, charterRequests, awards] = await Promise.all([
    tx.application.findMany({ where: { organisationId: { in: organisationIds } }, select: { id: true } }),
    assignmentsOf(tx, user.id),
    charterRequestsOf(tx, organisationIds),
    tx.award.findMany({ where: { organisationId: { in: organisationIds } }, select: { id: true } }),
  ]);

  const signIns = await removeSignIns(tx, user.id);
  const left = await leaveOrganisations(tx, user.id, terms.emails);
  await forgetSignInAttempts(tx, terms.emails);
  const champions = await removeChampionEntries(tx, terms.emails);
  const reviews = await closeReviews(tx, user.id, assignments, options.now);
  const applicationIds = [
    ...new Set([...organisationApplications.map((a) => a.id), ...assignments.map((a) => a.applicationId)]),
  ];
  const declarations = await removeNameFromApplications(tx, applicationIds, terms.nameTerms, terms.terms);
  await removeNameFromCharterRequests(tx, user.id, charterRequests, terms.nameTerms, terms.terms);

  const accountKept = assignments.length > 0;
  const auditEntriesScrubbed = await scrubPersonFromAuditLog(tx, user.id, terms, {
    organisationIds,
    applicationIds,
    charterRequestIds: charterRequests.map((s) => s.id),
    awardIds: awards.map((a) => a.id),
    invitationIds: left.invitationIds,
  });
  await removeAccount(tx, user.id, accountKept, options.now);

  const counts: UserCounts = {
    sessions: signIns.sessions,
    memberships: left.memberships,
    links: signIns.links,
    invitations: left.invitations,
    champions,
    assignmentsClosed: reviews.assignmentsClosed,
    draftReviewsRemoved: reviews.draftReviewsRemoved,
    declarationsRemoved: declarations,
    auditEntriesScrubbed,
  };
  await recordUserErasure(tx, user.id, options, accountKept, counts);
  return { ok: true, accountKept, counts };
}

/** Erases a person on request. The files go from storage after the transaction commits. */
export async function eraseUser(
  deps: ErasureDeps,
  actorId: string,
  userId: string,
  requestReference: string,
): Promise<{ ok: true; accountKept: boolean } | { ok: false; refusal: UserRefusal } | null> {
  const now = deps.now();
  const exists = await deps.prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) return null;
  const result = await deps.prisma.$transaction(
    (tx) => eraseUserInTx(tx, userId, { actorId, now, reason: "request", requestReference }),
    ERASURE_TRANSACTION,
  );
  if (!result.ok) return result;
  return { ok: true, accountKept: result.accountKept };
}
