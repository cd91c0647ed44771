import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logging.js";
import { REMOVED, replaceTerms, scrubAuditLog, searchTerms, strictScrub, type Tx } from "./audit-scrub.js";
import { queueFileDeletions, type FileDeleter } from "./file-deletions.js";

// What each table keeps when a person or an organisation is erased is set out in the README
// ("Erasure and retention"); this file is where it happens.

export const ERASED_ACCOUNT_NAME = "Erased account";
export const ERASED_ORGANISATION_NAME = "Erased organisation";
export const ERASED_AWARD_REASON = "The organisation's information was erased at its request.";

const LIVE_SUBMITTED = ["SUBMITTED", "IN_ASSESSMENT", "REVISIONS_REQUESTED"] as const;
const OPEN_ASSIGNMENT = ["AWAITING_DECLARATION", "ACTIVE"] as const;

// Large organisations touch many rows: allow the transaction time, and serialise it against
// role changes so that the last active lead cannot be erased by two requests at once.
const TRANSACTION = { isolationLevel: "Serializable" as const, timeout: 120_000, maxWait: 15_000 };

export type ErasureReason = "request" | "retention";

export type UserRefusal =
  | { kind: "self" }
  | { kind: "last-lead" }
  | { kind: "owner"; organisations: { id: string; name: string }[] }
  | { kind: "already-erased" };

export interface UserErasurePlan {
  id: string;
  fullName: string;
  email: string;
  role: string;
  active: boolean;
  refusal: UserRefusal | null;
  /** Kept without personal data because submitted reviews hang on it; otherwise deleted. */
  accountKept: boolean;
  remove: {
    sessions: number;
    memberships: { id: string; name: string }[];
    links: number;
    invitations: number;
    champions: number;
    openAssignments: number;
    draftReviews: number;
    declarations: number;
    auditEntries: number;
  };
  keep: { submittedReviews: number; applications: number };
  /** Published settings or pages that name the person, which erasure does not edit. */
  alsoFoundIn: string[];
}

export interface OrganisationErasurePlan {
  id: string;
  name: string;
  erased: boolean;
  currentAwards: { id: string; expiresAt: Date; reference: string | null }[];
  members: { id: string; fullName: string; email: string; erase: boolean; reason: string | null }[];
  applications: { total: number; drafts: number; withdrawn: string[]; kept: number };
  evidenceFiles: number;
  invitations: number;
  charterRequests: number;
  awards: number;
  auditEntries: number;
}

interface UserCounts {
  sessions: number;
  memberships: number;
  links: number;
  invitations: number;
  champions: number;
  assignmentsClosed: number;
  draftReviewsRemoved: number;
  declarationsRemoved: number;
  auditEntriesScrubbed: number;
}

type UserResult = { ok: true; accountKept: boolean; counts: UserCounts } | { ok: false; refusal: UserRefusal };

const chunk = <T>(items: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== "";

const EMAIL_IN_TEXT = /[^\s@"<>()[\],;:\\]{1,64}@[^\s@"<>()[\],;:\\.]+(?:\.[^\s@"<>()[\],;:\\.]+)+/gu;

/** Names the person went by before a change, from the entries about their account. */
function namesIn(json: string | null): string[] {
  if (!json) return [];
  try {
    const value = JSON.parse(json) as unknown;
    const name = value && typeof value === "object" ? (value as Record<string, unknown>).fullName : undefined;
    return typeof name === "string" ? [name] : [];
  } catch {
    return [];
  }
}

/** Email addresses in an audit entry's values (an address the person used before a change, say). */
function emailsIn(json: string | null): string[] {
  return json ? [...json.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase()) : [];
}

/** Why this user cannot be erased now, or null. */
async function userRefusal(
  tx: Tx | Db,
  user: { id: string; role: string; active: boolean; erasedAt: Date | null },
  actorId: string | null,
  organisationBeingErased: string | null,
): Promise<UserRefusal | null> {
  if (user.erasedAt) return { kind: "already-erased" };
  if (user.role === "PROGRAMME_LEAD" && user.active) {
    const others = await tx.user.count({ where: { role: "PROGRAMME_LEAD", active: true, id: { not: user.id } } });
    if (others === 0) return { kind: "last-lead" };
  }
  if (actorId !== null && user.id === actorId) return { kind: "self" };
  const owned = await tx.membership.findMany({
    where: {
      userId: user.id,
      isOwner: true,
      ...(organisationBeingErased ? { organisationId: { not: organisationBeingErased } } : {}),
    },
    select: { organisation: { select: { id: true, name: true } } },
  });
  if (owned.length > 0) return { kind: "owner", organisations: owned.map((m) => m.organisation) };
  return null;
}

/**
 * Free text on an organisation's applications that may name the person is cleaned: the
 * declaration when it is in their name, and their name and email address wherever else they appear.
 */
async function removeNameFromApplications(
  tx: Tx,
  applicationIds: string[],
  names: string[],
  terms: string[],
): Promise<number> {
  if (applicationIds.length === 0 || terms.length === 0) return 0;
  const clean = (text: string) => replaceTerms(text, terms);
  let declarations = 0;
  for (const ids of chunk(applicationIds)) {
    const applications = await tx.application.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        declarationName: true,
        declarationRole: true,
        withdrawalReason: true,
        themes: { select: { id: true, whatChanged: true, difference: true, evidence: true } },
        decisions: { select: { id: true, feedback: true, appeal: true } },
        assignments: { select: { id: true, returnComment: true, conflictReason: true, scores: true } },
        award: { select: { id: true, revocationReason: true } },
      },
    });
    for (const a of applications) {
      const declared = names.some((name) => sameText(a.declarationName, name));
      if (declared) declarations += 1;
      const data = {
        declarationName: declared ? "" : clean(a.declarationName),
        declarationRole: declared ? "" : a.declarationRole,
        withdrawalReason: clean(a.withdrawalReason),
      };
      if (
        data.declarationName !== a.declarationName ||
        data.declarationRole !== a.declarationRole ||
        data.withdrawalReason !== a.withdrawalReason
      )
        await tx.application.update({ where: { id: a.id }, data });
      for (const theme of a.themes) {
        const [whatChanged, difference] = [clean(theme.whatChanged), clean(theme.difference)];
        if (whatChanged !== theme.whatChanged || difference !== theme.difference)
          await tx.applicationTheme.update({ where: { id: theme.id }, data: { whatChanged, difference } });
        for (const file of theme.evidence) {
          const [originalName, description] = [clean(file.originalName), clean(file.description)];
          if (originalName !== file.originalName || description !== file.description)
            await tx.evidenceFile.update({ where: { id: file.id }, data: { originalName, description } });
        }
      }
      for (const decision of a.decisions) {
        const feedback = clean(decision.feedback);
        if (feedback !== decision.feedback)
          await tx.decision.update({ where: { id: decision.id }, data: { feedback } });
        if (decision.appeal) {
          const [reason, outcomeNotes] = [clean(decision.appeal.reason), clean(decision.appeal.outcomeNotes)];
          if (reason !== decision.appeal.reason || outcomeNotes !== decision.appeal.outcomeNotes)
            await tx.appeal.update({ where: { id: decision.appeal.id }, data: { reason, outcomeNotes } });
        }
      }
      for (const assignment of a.assignments) {
        const [returnComment, conflictReason] = [clean(assignment.returnComment), clean(assignment.conflictReason)];
        if (returnComment !== assignment.returnComment || conflictReason !== assignment.conflictReason)
          await tx.assignment.update({ where: { id: assignment.id }, data: { returnComment, conflictReason } });
        for (const score of assignment.scores) {
          const reason = clean(score.reason);
          if (reason !== score.reason) await tx.reviewScore.update({ where: { id: score.id }, data: { reason } });
        }
      }
      if (a.award) {
        const revocationReason = clean(a.award.revocationReason);
        if (revocationReason !== a.award.revocationReason)
          await tx.award.update({ where: { id: a.award.id }, data: { revocationReason } });
      }
    }
  }
  return declarations;
}

/**
 * Removes an organisation's applications' answers, evidence, names and written reasons, keeping
 * what the programme's statistics use. Returns the storage keys of the evidence to delete.
 */
export async function anonymiseApplications(
  tx: Tx,
  applicationIds: string[],
  options: { now: Date; organisationName?: string },
): Promise<string[]> {
  const keys: string[] = [];
  for (const ids of chunk(applicationIds)) {
    const evidence = await tx.evidenceFile.findMany({
      where: { applicationTheme: { applicationId: { in: ids } } },
      select: { storageKey: true },
    });
    keys.push(...evidence.map((e) => e.storageKey));
    await tx.evidenceFile.deleteMany({ where: { applicationTheme: { applicationId: { in: ids } } } });
    await tx.application.updateMany({
      where: { id: { in: ids } },
      data: {
        ...(options.organisationName !== undefined ? { orgName: options.organisationName } : {}),
        orgRegistrationNumber: "",
        orgAddressLine1: "",
        orgAddressLine2: "",
        orgTown: "",
        orgPostcode: "",
        orgWebsite: "",
        declarationName: "",
        declarationRole: "",
        withdrawalReason: "",
        anonymisedAt: options.now,
      },
    });
    await tx.applicationTheme.updateMany({
      where: { applicationId: { in: ids } },
      data: { whatChanged: "", difference: "", updatedById: null },
    });
    await tx.assignment.updateMany({
      where: { applicationId: { in: ids } },
      data: { conflictReason: "", returnComment: "" },
    });
    await tx.reviewScore.updateMany({ where: { assignment: { applicationId: { in: ids } } }, data: { reason: "" } });
    await tx.decision.updateMany({ where: { applicationId: { in: ids } }, data: { feedback: "" } });
    await tx.appeal.updateMany({ where: { applicationId: { in: ids } }, data: { reason: "", outcomeNotes: "" } });
    await tx.award.updateMany({
      where: { applicationId: { in: ids }, status: { not: "REVOKED" } },
      data: {
        listedOnRegister: false,
        ...(options.organisationName !== undefined ? { organisationName: options.organisationName } : {}),
      },
    });
    await tx.award.updateMany({
      where: { applicationId: { in: ids }, status: "REVOKED" },
      data: {
        listedOnRegister: false,
        revocationReason: "",
        ...(options.organisationName !== undefined ? { organisationName: options.organisationName } : {}),
      },
    });
  }
  return keys;
}

export interface ErasureOutcome {
  filesDeleted: number;
  filesWaiting: number;
}

export function createErasureService(deps: { prisma: Db; files: FileDeleter; logger: Logger }) {
  const { prisma, files } = deps;

  /**
   * Erases one person inside the caller's transaction. The account is deleted, or kept without
   * personal data when submitted reviews or other assignments hang on it.
   */
  async function eraseUserInTx(
    tx: Tx,
    userId: string,
    options: {
      actorId: string | null;
      now: Date;
      organisationBeingErased?: string;
      reason: ErasureReason;
      requestReference?: string;
    },
  ): Promise<UserResult> {
    const user = await tx.user.findUnique({
      where: { id: userId },
      include: { memberships: { select: { organisationId: true } }, accountTokens: { select: { newEmail: true } } },
    });
    if (!user) return { ok: false, refusal: { kind: "already-erased" } };
    const refusal = await userRefusal(tx, user, options.actorId, options.organisationBeingErased ?? null);
    if (refusal) return { ok: false, refusal };

    const own = await tx.auditEvent.findMany({
      where: { subjectType: "User", subjectId: user.id },
      select: { before: true, after: true },
    });
    const emails = [
      ...new Set([
        user.email.toLowerCase(),
        ...user.accountTokens.flatMap((t) => (t.newEmail ? [t.newEmail.toLowerCase()] : [])),
        ...own.flatMap((e) => [...emailsIn(e.before), ...emailsIn(e.after)]),
      ]),
    ];
    const names = [user.fullName, ...own.flatMap((e) => [...namesIn(e.before), ...namesIn(e.after)])];
    const nameTerms = searchTerms(names, 2);
    const terms = [...searchTerms(emails, 3), ...nameTerms];

    const organisationIds = user.memberships.map((m) => m.organisationId);
    const [organisationApplications, assignments, charterSignatures, awards] = await Promise.all([
      tx.application.findMany({ where: { organisationId: { in: organisationIds } }, select: { id: true } }),
      tx.assignment.findMany({
        where: { assessorId: user.id },
        select: { id: true, applicationId: true, status: true, reviewStatus: true },
      }),
      tx.charterSignature.findMany({
        where: { organisationId: { in: organisationIds } },
        select: { id: true, sponsorName: true, sponsorRole: true, pledge: true, reason: true, requestedById: true },
      }),
      tx.award.findMany({ where: { organisationId: { in: organisationIds } }, select: { id: true } }),
    ]);

    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    const links = await tx.accountToken.deleteMany({ where: { userId: user.id } });
    const memberships = await tx.membership.deleteMany({ where: { userId: user.id } });
    const invitationIds = (
      await tx.invitation.findMany({ where: { email: { in: emails } }, select: { id: true } })
    ).map((i) => i.id);
    const invitations = await tx.invitation.deleteMany({ where: { id: { in: invitationIds } } });
    await tx.invitation.updateMany({ where: { invitedById: user.id }, data: { invitedById: null } });
    await tx.rateLimitHit.deleteMany({ where: { key: { in: emails.map((e) => `sign-in-account:${e}`) } } });
    let champions = 0;
    for (const email of emails) {
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Champion" WHERE LOWER("email") = ${email}`;
      if (rows.length > 0)
        champions += (await tx.champion.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } })).count;
    }

    // Reviews: submitted ones stay, with the scores and reasons; open assignments close (the lead
    // assigns someone else) and unfinished drafts go.
    const open = assignments.filter((a) => (OPEN_ASSIGNMENT as readonly string[]).includes(a.status));
    await tx.assignment.updateMany({
      where: { id: { in: open.map((a) => a.id) } },
      data: { status: "CLOSED", openKey: null, closedAt: options.now },
    });
    const unfinished = assignments.filter((a) => a.reviewStatus !== "SUBMITTED").map((a) => a.id);
    const draftReviews = await tx.reviewScore.deleteMany({ where: { assignmentId: { in: unfinished } } });
    await tx.assignment.updateMany({ where: { assessorId: user.id }, data: { conflictReason: "" } });

    const applicationIds = [
      ...new Set([...organisationApplications.map((a) => a.id), ...assignments.map((a) => a.applicationId)]),
    ];
    const declarations = await removeNameFromApplications(tx, applicationIds, nameTerms, terms);
    for (const signature of charterSignatures) {
      const sponsor = nameTerms.some((name) => sameText(signature.sponsorName, name));
      const data = {
        sponsorName: sponsor ? "" : replaceTerms(signature.sponsorName, terms),
        sponsorRole: sponsor ? "" : signature.sponsorRole,
        pledge: replaceTerms(signature.pledge, terms),
        reason: replaceTerms(signature.reason, terms),
        requestedById: signature.requestedById === user.id ? null : signature.requestedById,
      };
      await tx.charterSignature.update({ where: { id: signature.id }, data });
    }

    const accountKept = assignments.length > 0;
    const auditEntriesScrubbed = await scrubAuditLog(tx, {
      subjects: [{ subjectType: "User", ids: [user.id] }],
      everywhere: searchTerms(emails, 3),
      inRelated: nameTerms,
      related: [
        { subjectType: "Organisation", ids: organisationIds },
        { subjectType: "Application", ids: applicationIds },
        { subjectType: "CharterSignature", ids: charterSignatures.map((s) => s.id) },
        { subjectType: "Award", ids: awards.map((a) => a.id) },
        { subjectType: "Invitation", ids: invitationIds },
      ],
      relatedOrganisations: organisationIds,
      actorId: user.id,
    });

    if (accountKept) {
      await tx.user.update({
        where: { id: user.id },
        data: {
          email: `erased-${user.id}@erased.invalid`,
          fullName: ERASED_ACCOUNT_NAME,
          jobTitle: "",
          // Not a hash of anything: no password matches it.
          passwordHash: "erased",
          active: false,
          lastSignInAt: null,
          erasedAt: options.now,
        },
      });
    } else {
      // The audit log's references to the person as the one who acted become empty (SetNull).
      await tx.user.delete({ where: { id: user.id } });
    }

    const counts: UserCounts = {
      sessions: sessions.count,
      memberships: memberships.count,
      links: links.count,
      invitations: invitations.count,
      champions,
      assignmentsClosed: open.length,
      draftReviewsRemoved: draftReviews.count,
      declarationsRemoved: declarations,
      auditEntriesScrubbed,
    };
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "user.erase",
      subjectType: "User",
      subjectId: user.id,
      after: {
        reason: options.reason,
        requestReference: options.requestReference ?? "",
        accountKept,
        ...(options.organisationBeingErased ? { withOrganisation: options.organisationBeingErased } : {}),
        removed: counts,
      },
    });
    return { ok: true, accountKept, counts };
  }

  /** Deletes an organisation outright (retention: an unconfirmed owner's organisation with drafts only). */
  async function deleteOrganisationInTx(
    tx: Tx,
    organisationId: string,
    options: { actorId: string | null; now: Date; reason: ErasureReason },
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
    const evidence = await tx.evidenceFile.findMany({
      where: { applicationTheme: { applicationId: { in: applicationIds } } },
      select: { storageKey: true },
    });
    const terms = organisationTerms(organisation, organisation.applications);
    await tx.organisation.delete({ where: { id: organisationId } });
    await scrubAuditLog(tx, {
      organisations: [organisationId],
      subjects: [
        { subjectType: "Organisation", ids: [organisationId] },
        { subjectType: "Application", ids: applicationIds },
        { subjectType: "CharterSignature", ids: organisation.charterSignatures.map((s) => s.id) },
        { subjectType: "Invitation", ids: organisation.invitations.map((i) => i.id) },
        { subjectType: "Award", ids: organisation.awards.map((a) => a.id) },
      ],
      everywhere: terms,
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "organisation.delete",
      subjectType: "Organisation",
      subjectId: organisationId,
      after: { reason: options.reason, applicationsDeleted: applicationIds.length, evidenceFiles: evidence.length },
    });
    const keys = evidence.map((e) => e.storageKey);
    await queueFileDeletions(tx, keys, options.now);
    return keys;
  }

  async function afterCommit(keys: string[]): Promise<Pick<ErasureOutcome, "filesDeleted" | "filesWaiting">> {
    const report = await files.deleteNow(keys);
    return { filesDeleted: report.deleted, filesWaiting: report.failed };
  }

  return {
    eraseUserInTx,
    deleteOrganisationInTx,
    afterCommit,
    userRefusal: (user: { id: string; role: string; active: boolean; erasedAt: Date | null }, actorId: string | null) =>
      userRefusal(prisma, user, actorId, null),

    /** What erasing this user would remove and keep, for the confirmation page. */
    async planUser(actorId: string, userId: string): Promise<UserErasurePlan | null> {
      if (typeof userId !== "string" || userId.length > 64) return null;
      const user = await prisma.user.findUnique({
        where: { id: userId },
        include: { memberships: { include: { organisation: { select: { id: true, name: true } } } } },
      });
      if (!user) return null;
      const organisationIds = user.memberships.map((m) => m.organisationId);
      const email = user.email.toLowerCase();
      // A very short name would match ordinary words in the published pages.
      const nameWorthSearching = user.fullName.trim().length >= 4;
      const [
        sessions,
        links,
        invitations,
        champions,
        assignments,
        applications,
        declarations,
        auditEntries,
        settings,
        pages,
      ] = await Promise.all([
        prisma.session.count({ where: { userId } }),
        prisma.accountToken.count({ where: { userId } }),
        prisma.invitation.count({ where: { email } }),
        prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Champion" WHERE LOWER("email") = ${email}`,
        prisma.assignment.findMany({ where: { assessorId: userId }, select: { status: true, reviewStatus: true } }),
        prisma.application.count({ where: { organisationId: { in: organisationIds } } }),
        prisma.application.findMany({
          where: { organisationId: { in: organisationIds }, declarationName: { not: "" } },
          select: { declarationName: true },
        }),
        prisma.auditEvent.count({
          where: {
            OR: [
              { subjectType: "User", subjectId: userId },
              { actorId: userId },
              { before: { contains: email } },
              { after: { contains: email } },
            ],
          },
        }),
        prisma.setting.findMany({
          where: {
            OR: [
              { value: { contains: email } },
              ...(nameWorthSearching ? [{ value: { contains: user.fullName } }] : []),
            ],
          },
          select: { key: true },
        }),
        prisma.contentPage.findMany({
          where: {
            OR: [{ body: { contains: email } }, ...(nameWorthSearching ? [{ body: { contains: user.fullName } }] : [])],
          },
          select: { title: true },
          take: 20,
        }),
      ]);
      return {
        id: user.id,
        fullName: user.fullName,
        email: user.email,
        role: user.role,
        active: user.active,
        refusal: await userRefusal(prisma, user, actorId, null),
        accountKept: assignments.length > 0,
        remove: {
          sessions,
          memberships: user.memberships.map((m) => m.organisation),
          links,
          invitations,
          champions: champions.length,
          openAssignments: assignments.filter((a) => (OPEN_ASSIGNMENT as readonly string[]).includes(a.status)).length,
          draftReviews: assignments.filter((a) => a.reviewStatus === "DRAFT").length,
          declarations: declarations.filter((d) => sameText(d.declarationName, user.fullName)).length,
          auditEntries,
        },
        keep: {
          submittedReviews: assignments.filter((a) => a.reviewStatus === "SUBMITTED").length,
          applications,
        },
        alsoFoundIn: [...settings.map((s) => `the ${s.key} settings`), ...pages.map((p) => `the page “${p.title}”`)],
      };
    },

    /** Erases a person on request. The files go from storage after the transaction commits. */
    async eraseUser(
      actorId: string,
      userId: string,
      requestReference: string,
    ): Promise<{ ok: true; accountKept: boolean } | { ok: false; refusal: UserRefusal } | null> {
      const now = new Date();
      const exists = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
      if (!exists) return null;
      const result = await prisma.$transaction(
        (tx) => eraseUserInTx(tx, userId, { actorId, now, reason: "request", requestReference }),
        TRANSACTION,
      );
      if (!result.ok) return result;
      return { ok: true, accountKept: result.accountKept };
    },

    /** What erasing this organisation would remove and keep, for the confirmation page. */
    async planOrganisation(organisationId: string, now = new Date()): Promise<OrganisationErasurePlan | null> {
      if (typeof organisationId !== "string" || organisationId.length > 64) return null;
      const organisation = await prisma.organisation.findUnique({
        where: { id: organisationId },
        include: {
          members: {
            include: {
              user: {
                select: {
                  id: true,
                  fullName: true,
                  email: true,
                  role: true,
                  _count: { select: { memberships: true } },
                },
              },
            },
            orderBy: { createdAt: "asc" },
          },
          applications: { select: { id: true, reference: true, status: true, submittedAt: true } },
          awards: { select: { id: true, status: true, expiresAt: true, application: { select: { reference: true } } } },
          _count: { select: { invitations: true, charterSignatures: true } },
        },
      });
      if (!organisation) return null;
      const applicationIds = organisation.applications.map((a) => a.id);
      const [evidenceFiles, auditEntries] = await Promise.all([
        prisma.evidenceFile.count({ where: { applicationTheme: { applicationId: { in: applicationIds } } } }),
        prisma.auditEvent.count({
          where: {
            OR: [
              { subjectType: "Organisation", subjectId: organisationId },
              { subjectType: "Application", subjectId: { in: applicationIds } },
              { subjectType: "Award", subjectId: { in: organisation.awards.map((a) => a.id) } },
            ],
          },
        }),
      ]);
      const drafts = organisation.applications.filter((a) => a.status === "DRAFT" && !a.submittedAt);
      return {
        id: organisation.id,
        name: organisation.name,
        erased: organisation.erasedAt !== null,
        currentAwards: organisation.awards
          .filter((a) => a.status === "CURRENT" && a.expiresAt > now)
          .map((a) => ({ id: a.id, expiresAt: a.expiresAt, reference: a.application.reference })),
        members: organisation.members.map((m) => {
          const reason =
            m.user.role !== "APPLICANT"
              ? "not an applicant account"
              : m.user._count.memberships > 1
                ? "also a member of another organisation"
                : null;
          return { id: m.user.id, fullName: m.user.fullName, email: m.user.email, erase: reason === null, reason };
        }),
        applications: {
          total: organisation.applications.length,
          drafts: drafts.length,
          withdrawn: organisation.applications
            .filter((a) => (LIVE_SUBMITTED as readonly string[]).includes(a.status))
            .map((a) => a.reference ?? a.id),
          kept: organisation.applications.length - drafts.length,
        },
        evidenceFiles,
        invitations: organisation._count.invitations,
        charterRequests: organisation._count.charterSignatures,
        awards: organisation.awards.length,
        auditEntries,
      };
    },

    /** Erases an organisation on request; a current award must be confirmed (it is revoked). */
    async eraseOrganisation(
      actorId: string,
      organisationId: string,
      input: { requestReference: string; awardConfirmed: boolean },
    ): Promise<
      ({ ok: true } & ErasureOutcome) | { ok: false; refusal: "already-erased" | "award-not-confirmed" } | null
    > {
      const now = new Date();
      const exists = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
      if (!exists) return null;
      const result = await prisma.$transaction(async (tx) => {
        const organisation = await tx.organisation.findUnique({
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
        if (!organisation) return null;
        if (organisation.erasedAt) return { ok: false as const, refusal: "already-erased" as const };
        const current = organisation.awards.filter((a) => a.status === "CURRENT" && a.expiresAt > now);
        if (current.length > 0 && !input.awardConfirmed)
          return { ok: false as const, refusal: "award-not-confirmed" as const };

        const terms = organisationTerms(organisation, organisation.applications);
        // Members whose only organisation this is are erased with it; others just leave it.
        let accountsErased = 0;
        for (const member of organisation.members) {
          const eraseAccount = member.user.role === "APPLICANT" && member.user._count.memberships === 1;
          if (eraseAccount) {
            const erased = await eraseUserInTx(tx, member.userId, {
              actorId,
              now,
              organisationBeingErased: organisationId,
              reason: "request",
              requestReference: input.requestReference,
            });
            if (erased.ok) accountsErased += 1;
            else await tx.membership.deleteMany({ where: { id: member.id } });
          } else {
            await tx.membership.deleteMany({ where: { id: member.id } });
          }
        }

        // Drafts never submitted are in no statistic: they go. Submitted applications still open
        // are withdrawn, since no one can answer for them any more; all the rest are kept, anonymised.
        const drafts = organisation.applications.filter((a) => a.status === "DRAFT" && !a.submittedAt).map((a) => a.id);
        const draftEvidence = await tx.evidenceFile.findMany({
          where: { applicationTheme: { applicationId: { in: drafts } } },
          select: { storageKey: true },
        });
        await tx.application.deleteMany({ where: { id: { in: drafts } } });
        const live = organisation.applications
          .filter((a) => (LIVE_SUBMITTED as readonly string[]).includes(a.status))
          .map((a) => a.id);
        await tx.application.updateMany({
          where: { id: { in: live } },
          data: { status: "WITHDRAWN", liveKey: null, withdrawnAt: now, withdrawnById: actorId },
        });
        await tx.assignment.updateMany({
          where: { applicationId: { in: live }, status: { in: [...OPEN_ASSIGNMENT] } },
          data: { status: "CLOSED", openKey: null, closedAt: now },
        });
        const kept = organisation.applications.map((a) => a.id).filter((id) => !drafts.includes(id));
        const keys = [
          ...draftEvidence.map((e) => e.storageKey),
          ...(await anonymiseApplications(tx, kept, { now, organisationName: ERASED_ORGANISATION_NAME })),
        ];
        await tx.award.updateMany({
          where: { id: { in: current.map((a) => a.id) } },
          data: { status: "REVOKED", revokedAt: now, revokedById: actorId, revocationReason: ERASED_AWARD_REASON },
        });
        await tx.award.updateMany({
          where: { organisationId },
          data: { organisationName: ERASED_ORGANISATION_NAME, listedOnRegister: false },
        });
        await tx.charterSignature.updateMany({
          where: { organisationId },
          data: { sponsorName: "", sponsorRole: "", pledge: "", reason: "", requestedById: null },
        });
        await tx.invitation.deleteMany({ where: { organisationId } });
        await tx.organisation.update({
          where: { id: organisationId },
          data: {
            name: ERASED_ORGANISATION_NAME,
            registrationNumber: null,
            addressLine1: "",
            addressLine2: "",
            town: "",
            postcode: "",
            website: null,
            erasedAt: now,
          },
        });
        const auditEntriesScrubbed = await scrubAuditLog(tx, {
          organisations: [organisationId],
          subjects: [
            { subjectType: "Organisation", ids: [organisationId] },
            { subjectType: "Application", ids: organisation.applications.map((a) => a.id) },
            { subjectType: "Award", ids: organisation.awards.map((a) => a.id) },
            { subjectType: "CharterSignature", ids: organisation.charterSignatures.map((s) => s.id) },
            { subjectType: "Invitation", ids: organisation.invitations.map((i) => i.id) },
          ],
          everywhere: terms,
        });
        await queueFileDeletions(tx, keys, now);
        await recordAudit(tx, {
          actorId,
          action: "organisation.erase",
          subjectType: "Organisation",
          subjectId: organisationId,
          after: {
            reason: "request",
            requestReference: input.requestReference,
            awardsRevoked: current.map((a) => a.id),
            removed: {
              accountsErased,
              membershipsEnded: organisation.members.length,
              draftApplicationsDeleted: drafts.length,
              applicationsWithdrawn: live.length,
              applicationsAnonymised: kept.length,
              evidenceFiles: keys.length,
              invitations: organisation.invitations.length,
              charterRequestsAnonymised: organisation.charterSignatures.length,
              auditEntriesScrubbed,
            },
          },
        });
        return { ok: true as const, keys };
      }, TRANSACTION);
      if (!result) return null;
      if (!result.ok) return result;
      return { ok: true, ...(await afterCommit(result.keys)) };
    },
  };
}

/** The texts that identify an organisation, to find and replace in the audit log. */
function organisationTerms(
  organisation: {
    name: string;
    registrationNumber: string | null;
    postcode: string;
    website: string | null;
    addressLine1: string;
  },
  applications: {
    orgName: string;
    orgPostcode: string;
    orgRegistrationNumber: string;
    orgWebsite: string;
    orgAddressLine1?: string;
  }[],
): string[] {
  return searchTerms(
    [
      organisation.name,
      organisation.registrationNumber,
      organisation.postcode,
      organisation.website,
      organisation.addressLine1,
      ...applications.flatMap((a) => [
        a.orgName,
        a.orgPostcode,
        a.orgRegistrationNumber,
        a.orgWebsite,
        a.orgAddressLine1,
      ]),
    ].filter((term) => term !== ERASED_ORGANISATION_NAME),
    4,
  );
}

export type ErasureService = ReturnType<typeof createErasureService>;
export { REMOVED, strictScrub };
