import type { Db, Prisma, RoleValue } from "../../platform/db/index.js";
import { equalsText } from "../../platform/db/text-match.js";
import type { FileStorage } from "../../platform/storage.js";
import { splitList } from "../../platform/text.js";
import { UniqueNames, type ArchiveEntry, type ArchivePlan } from "./archive.js";

export interface GatheredArchive {
  subject: { type: "User" | "Organisation"; id: string; name: string };
  plan: ArchivePlan;
  /** How many stored files the archive holds. */
  fileCount: number;
}

// What a subject access archive holds. Everything is copied field by field into plain objects, so
// that a column added to a table later is not released by accident, and secrets never are:
// password hashes, the hashes of link tokens, session ids and session contents stay out.

const AUDIT_PAGE = 500;

/** Keys that could carry a secret in an audit record's before or after, left out whatever they hold. */
const SECRET_KEY = /password|token|secret|^sid$|^hash$/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_KEY.test(key))
        .map(([key, inner]) => [key, withoutSecrets(inner)]),
    );
  }
  return value;
}

function parsedAuditValue(stored: string | null): unknown {
  if (stored === null) return null;
  try {
    return withoutSecrets(JSON.parse(stored));
  } catch {
    return null;
  }
}

const ROLE_WORDS: Record<RoleValue, string> = {
  APPLICANT: "an applicant",
  ASSESSOR: "an assessor",
  PROGRAMME_LEAD: "a programme lead",
};

const APPLICATION_INCLUDE = {
  organisation: { select: { id: true, name: true } },
  themes: { include: { evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } },
  decisions: { orderBy: [{ decidedAt: "asc" }, { id: "asc" }], include: { appeal: true } },
  award: true,
  // The reviews that count, as the decision panel counts them.
  assignments: {
    where: { status: "ACTIVE", reviewStatus: "SUBMITTED" },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    include: { scores: { orderBy: [{ theme: "asc" }, { criterion: "asc" }] } },
  },
} as const satisfies Prisma.ApplicationInclude;

function loadApplications(prisma: Db, where: Prisma.ApplicationWhereInput) {
  return prisma.application.findMany({
    where,
    include: APPLICATION_INCLUDE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

type LoadedApplication = Awaited<ReturnType<typeof loadApplications>>[number];

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

function applicationRecord(application: LoadedApplication, involvement?: string[]) {
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    organisation: { id: application.organisation.id, name: application.organisation.name },
    ...(involvement ? { yourPart: involvement } : {}),
    startedAt: iso(application.createdAt),
    submittedAt: iso(application.submittedAt),
    withdrawnAt: iso(application.withdrawnAt),
    withdrawalReason: application.withdrawalReason,
    copiedFromApplicationId: application.copiedFromId,
    organisationDetails: {
      name: application.orgName,
      type: application.orgType,
      registrationNumber: application.orgRegistrationNumber,
      addressLine1: application.orgAddressLine1,
      addressLine2: application.orgAddressLine2,
      town: application.orgTown,
      postcode: application.orgPostcode,
      places: splitList(application.orgPlaces),
      sizeBand: application.orgSizeBand,
      website: application.orgWebsite,
    },
    chosenThemes: splitList(application.chosenThemes),
    themes: application.themes
      .slice()
      .sort((a, b) => a.theme.localeCompare(b.theme))
      .map((theme) => ({
        theme: theme.theme,
        whatChanged: theme.whatChanged,
        difference: theme.difference,
        stakeholderCount: theme.stakeholderCount,
        places: splitList(theme.places),
        start: { month: theme.startMonth, year: theme.startYear },
        end: { month: theme.endMonth, year: theme.endYear },
        marmotPrinciples: splitList(theme.marmotPrinciples),
        completedAt: iso(theme.completedAt),
        updatedAt: iso(theme.updatedAt),
      })),
    declaration: {
      name: application.declarationName,
      role: application.declarationRole,
      confirmed: application.declarationConfirmed,
      completedAt: iso(application.declarationCompletedAt),
    },
  };
}

/**
 * The decisions as the organisation sees them: outcome, themes, feedback, the appeal deadline,
 * and the assessors' scores (as "Assessor 1", never by name) only where the lead published them
 * with the decision that stands.
 */
function decisionRecords(application: LoadedApplication) {
  const latest = application.decisions.at(-1);
  return application.decisions.map((decision) => ({
    applicationId: application.id,
    applicationReference: application.reference,
    outcome: decision.outcome,
    decidedAt: iso(decision.decidedAt),
    recognisedThemes: splitList(decision.recognisedThemes),
    feedback: decision.feedback,
    appealBy: decision.appealBy,
    assessorScores:
      decision === latest && decision.scoresPublished
        ? application.assignments.map((review, index) => ({
            assessor: `Assessor ${index + 1}`,
            scores: review.scores.map((s) => ({
              theme: s.theme,
              criterion: s.criterion,
              score: s.score,
              reason: s.reason,
            })),
          }))
        : null,
  }));
}

function appealRecords(application: LoadedApplication) {
  return application.decisions.flatMap((decision) =>
    decision.appeal
      ? [
          {
            applicationId: application.id,
            applicationReference: application.reference,
            decisionDecidedAt: iso(decision.decidedAt),
            reason: decision.appeal.reason,
            submittedAt: iso(decision.appeal.submittedAt),
            outcome: decision.appeal.outcome,
            outcomeNotes: decision.appeal.outcomeNotes,
            decidedAt: iso(decision.appeal.decidedAt),
          },
        ]
      : [],
  );
}

function awardRecord(application: LoadedApplication) {
  const award = application.award;
  if (!award) return [];
  return [
    {
      id: award.id,
      applicationId: application.id,
      applicationReference: application.reference,
      organisationName: award.organisationName,
      themes: splitList(award.themes),
      awardedAt: iso(award.awardedAt),
      expiresAt: iso(award.expiresAt),
      status: award.status,
      certificateCode: award.certificateCode,
      revokedAt: iso(award.revokedAt),
      revocationReason: award.revocationReason,
      listedOnRegister: award.listedOnRegister,
      listingChangedAt: iso(award.listingChangedAt),
    },
  ];
}

/** The evidence files' records, with where each file is in the archive, and the files themselves. */
async function evidenceEntries(
  storage: FileStorage,
  applications: LoadedApplication[],
  include: (file: { uploadedById: string | null }) => boolean,
  uploaderName: (userId: string | null) => string | null,
) {
  const names = new UniqueNames();
  const records: unknown[] = [];
  const files: ArchiveEntry[] = [];
  for (const application of applications) {
    const folder = `files/${application.reference ?? `application-${application.id}`}`;
    for (const theme of application.themes.slice().sort((a, b) => a.theme.localeCompare(b.theme))) {
      for (const file of theme.evidence.filter(include)) {
        // Checked before the archive starts, so that the list says truthfully which files are in it.
        const stored = await storage.get(file.storageKey);
        stored?.stream.destroy();
        const name = stored ? names.claim(folder, file.originalName) : null;
        if (name) files.push({ kind: "file", name, storageKey: file.storageKey });
        records.push({
          id: file.id,
          applicationId: application.id,
          applicationReference: application.reference,
          theme: theme.theme,
          originalName: file.originalName,
          description: file.description,
          contentType: file.contentType,
          size: file.size,
          uploadedAt: iso(file.createdAt),
          uploadedBy: uploaderName(file.uploadedById),
          fileInArchive: name,
        });
      }
    }
  }
  return { records, files };
}

function readme(title: string, files: [string, string][]): ArchiveEntry {
  const lines = [
    title,
    "",
    `Prepared by the Cheshire and Merseyside Social Value portal on ${new Date().toISOString()}.`,
    "Dates and times are in UTC (ISO 8601). Lists of values use the portal's codes, such as SOCIAL or LIVERPOOL.",
    "",
    "What each file holds:",
    ...files.map(([name, about]) => `- ${name}: ${about}`),
    "",
    "Not included, because they are security secrets rather than information about you: password hashes,",
    "the codes in sign-in, email and invitation links (kept only as hashes), session identifiers and",
    "session contents.",
    "",
  ];
  return { kind: "text", name: "README.txt", text: lines.join("\n") };
}

/** The audit entries matching `where`, a page at a time, as they go into the archive. */
function auditItems(
  prisma: Db,
  where: Prisma.AuditEventWhereInput,
  actorWords: (actor: { id: string; role: RoleValue } | null) => string,
): () => AsyncIterable<unknown> {
  return async function* () {
    let cursor: string | undefined;
    for (;;) {
      const page = await prisma.auditEvent.findMany({
        where,
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        take: AUDIT_PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        include: { actor: { select: { id: true, role: true } } },
      });
      for (const event of page) {
        yield {
          occurredAt: iso(event.occurredAt),
          action: event.action,
          subjectType: event.subjectType,
          subjectId: event.subjectId,
          by: actorWords(event.actor),
          before: parsedAuditValue(event.before),
          after: parsedAuditValue(event.after),
        };
      }
      if (page.length < AUDIT_PAGE) return;
      cursor = page[page.length - 1]!.id;
    }
  };
}

async function championRecords(prisma: Db, condition: ReturnType<typeof equalsText>) {
  const ids = await prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Champion" WHERE ${condition}`;
  const rows = await prisma.champion.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    organisationName: row.organisationName,
    place: row.place,
    email: row.email,
    phone: row.phone,
    listedPublicly: row.listed,
    contactDetailsShown: row.contactConsent,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }));
}

function charterRecord(row: {
  id: string;
  organisation: { name: string };
  sponsorName: string;
  sponsorRole: string;
  pledge: string;
  status: string;
  reason: string;
  createdAt: Date;
  decidedAt: Date | null;
  signedAt: Date | null;
}) {
  return {
    id: row.id,
    organisationName: row.organisation.name,
    sponsorName: row.sponsorName,
    sponsorRole: row.sponsorRole,
    pledge: row.pledge,
    status: row.status,
    reason: row.reason,
    requestedAt: iso(row.createdAt),
    decidedAt: iso(row.decidedAt),
    signedAt: iso(row.signedAt),
  };
}

function invitationRecord(
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

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

const today = () => new Date().toISOString().slice(0, 10);

/** Everything held about one person, or null when there is no such person. */
export async function personArchive(prisma: Db, storage: FileStorage, userId: string): Promise<GatheredArchive | null> {
  if (typeof userId !== "string" || userId.length > 64) return null;
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) return null;

  const [memberships, applications, assignments, charter, invitationsReceived, invitationsSent, tokens, sessions] =
    await Promise.all([
      prisma.membership.findMany({
        where: { userId },
        include: { organisation: { select: { id: true, name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      loadApplications(prisma, {
        OR: [
          { createdById: userId },
          { submittedById: userId },
          { withdrawnById: userId },
          { themes: { some: { updatedById: userId } } },
          { themes: { some: { evidence: { some: { uploadedById: userId } } } } },
          { decisions: { some: { appeal: { submittedById: userId } } } },
        ],
      }),
      prisma.assignment.findMany({
        where: { assessorId: userId },
        include: {
          application: { select: { id: true, reference: true, orgName: true } },
          scores: { orderBy: [{ theme: "asc" }, { criterion: "asc" }] },
        },
        orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
      }),
      prisma.charterSignature.findMany({
        where: { requestedById: userId },
        include: { organisation: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      prisma.invitation.findMany({
        where: { email: user.email },
        include: { organisation: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      prisma.invitation.findMany({
        where: { invitedById: userId },
        include: { organisation: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      prisma.accountToken.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      prisma.session.findMany({ where: { userId }, select: { expiresAt: true }, orderBy: { expiresAt: "asc" } }),
    ]);

  const involvement = (application: LoadedApplication) => {
    const parts: string[] = [];
    if (application.createdById === userId) parts.push("started it");
    if (application.themes.some((t) => t.updatedById === userId)) parts.push("answered or edited a theme");
    if (application.themes.some((t) => t.evidence.some((e) => e.uploadedById === userId)))
      parts.push("uploaded evidence");
    if (application.submittedById === userId) parts.push("submitted it");
    if (application.withdrawnById === userId) parts.push("withdrew it");
    if (application.decisions.some((d) => d.appeal?.submittedById === userId)) parts.push("appealed a decision");
    return parts;
  };
  const evidence = await evidenceEntries(
    storage,
    applications,
    (file) => file.uploadedById === userId,
    () => "this person",
  );

  const entries: ArchiveEntry[] = [
    readme(`Everything the portal holds about ${user.fullName}`, [
      ["person.json", "the account: name, email address, job title, role, and when it was created and used"],
      ["memberships.json", "the organisations the person belongs to, and whether they own them"],
      ["applications.json", "applications for the award the person took part in, with every answer"],
      ["evidence-files.json", "the evidence files the person uploaded; the files themselves are under files/"],
      ["decisions.json", "the decisions on those applications, as the organisation sees them"],
      ["appeals.json", "appeals against those decisions"],
      ["awards.json", "awards made on those applications"],
      ["reviews.json", "reviews the person wrote as an assessor, with their scores and reasons"],
      ["charter.json", "requests the person made to sign the Social Value Charter"],
      ["champions.json", "Social Value Champion records with the person's email address"],
      ["invitations.json", "invitations sent to the person's email address, and invitations the person sent"],
      ["account-links.json", "sign-in, email and password links sent to the person: when, and whether used"],
      ["sessions.json", "when each of the person's current sign-ins ends"],
      ["audit-events.json", "the audit log's entries of what the person did, and of changes to their account"],
    ]),
    {
      kind: "json",
      name: "person.json",
      value: {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        jobTitle: user.jobTitle,
        role: user.role,
        active: user.active,
        emailConfirmedAt: iso(user.emailVerifiedAt),
        createdAt: iso(user.createdAt),
        updatedAt: iso(user.updatedAt),
        lastSignedInAt: iso(user.lastSignInAt),
      },
    },
    {
      kind: "json",
      name: "memberships.json",
      value: memberships.map((m) => ({
        organisationId: m.organisation.id,
        organisationName: m.organisation.name,
        isOwner: m.isOwner,
        memberSince: iso(m.createdAt),
      })),
    },
    {
      kind: "json",
      name: "applications.json",
      value: applications.map((a) => applicationRecord(a, involvement(a))),
    },
    { kind: "json", name: "evidence-files.json", value: evidence.records },
    { kind: "json", name: "decisions.json", value: applications.flatMap(decisionRecords) },
    { kind: "json", name: "appeals.json", value: applications.flatMap(appealRecords) },
    { kind: "json", name: "awards.json", value: applications.flatMap(awardRecord) },
    {
      kind: "json",
      name: "reviews.json",
      value: assignments.map((a) => ({
        applicationId: a.application.id,
        applicationReference: a.application.reference,
        organisationName: a.application.orgName,
        status: a.status,
        assignedAt: iso(a.assignedAt),
        declaredAt: iso(a.declaredAt),
        conflictReason: a.conflictReason,
        reviewStatus: a.reviewStatus,
        submittedAt: iso(a.submittedAt),
        returnComment: a.returnComment,
        returnedAt: iso(a.returnedAt),
        closedAt: iso(a.closedAt),
        scores: a.scores.map((s) => ({ theme: s.theme, criterion: s.criterion, score: s.score, reason: s.reason })),
      })),
    },
    { kind: "json", name: "charter.json", value: charter.map(charterRecord) },
    { kind: "json", name: "champions.json", value: await championRecords(prisma, equalsText('"email"', user.email)) },
    {
      kind: "json",
      name: "invitations.json",
      value: [
        ...invitationsReceived.map((i) => invitationRecord(i, { direction: "received" })),
        ...invitationsSent.map((i) => invitationRecord(i, { direction: "sent" })),
      ],
    },
    {
      kind: "json",
      name: "account-links.json",
      value: tokens.map((t) => ({
        purpose: t.purpose,
        newEmail: t.newEmail,
        sentAt: iso(t.createdAt),
        expiresAt: iso(t.expiresAt),
        usedAt: iso(t.usedAt),
      })),
    },
    { kind: "json", name: "sessions.json", value: sessions.map((s) => ({ endsAt: iso(s.expiresAt) })) },
    {
      kind: "json-lines",
      name: "audit-events.json",
      items: auditItems(prisma, { OR: [{ actorId: userId }, { subjectType: "User", subjectId: userId }] }, (actor) =>
        actor === null ? "the portal" : actor.id === userId ? "this person" : ROLE_WORDS[actor.role],
      ),
    },
    ...evidence.files,
  ];
  return {
    subject: { type: "User", id: user.id, name: user.fullName },
    plan: { fileName: `subject-access-${slug(user.fullName) || "person"}-${today()}.zip`, entries },
    fileCount: evidence.files.length,
  };
}

/** The audit entries about assessment itself are the programme's; the organisation sees their outcome. */
const ASSESSMENT_ACTIONS = ["assessment.", "review."];

/** Everything held about one organisation, or null when there is no such organisation. */
export async function organisationArchive(
  prisma: Db,
  storage: FileStorage,
  organisationId: string,
): Promise<GatheredArchive | null> {
  if (typeof organisationId !== "string" || organisationId.length > 64) return null;
  const org = await prisma.organisation.findUnique({ where: { id: organisationId }, include: { places: true } });
  if (!org) return null;

  const [members, applications, charter, invitations] = await Promise.all([
    prisma.membership.findMany({
      where: { organisationId },
      include: { user: true },
      orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
    loadApplications(prisma, { organisationId }),
    prisma.charterSignature.findMany({
      where: { organisationId },
      include: { organisation: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.invitation.findMany({
      where: { organisationId },
      include: { organisation: { select: { name: true } }, invitedBy: { select: { fullName: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const memberNames = new Map(members.map((m) => [m.userId, m.user.fullName]));
  // Uploads by people who have since left the organisation are named as such, not by name.
  const uploaderName = (id: string | null) => (id ? (memberNames.get(id) ?? "a former member") : null);
  const evidence = await evidenceEntries(storage, applications, () => true, uploaderName);

  const subjects: { subjectType: string; subjectId: { in: string[] } }[] = [
    { subjectType: "Organisation", subjectId: { in: [organisationId] } },
    { subjectType: "Application", subjectId: { in: applications.map((a) => a.id) } },
    { subjectType: "Award", subjectId: { in: applications.flatMap((a) => (a.award ? [a.award.id] : [])) } },
    { subjectType: "CharterSignature", subjectId: { in: charter.map((c) => c.id) } },
    { subjectType: "Invitation", subjectId: { in: invitations.map((i) => i.id) } },
  ];
  const entries: ArchiveEntry[] = [
    readme(`Everything the portal holds about ${org.name}`, [
      ["organisation.json", "the organisation's details"],
      ["memberships.json", "the organisation's members: names, email addresses and job titles"],
      ["invitations.json", "invitations to join the organisation"],
      ["applications.json", "the organisation's applications for the award, with every answer"],
      ["evidence-files.json", "the evidence files uploaded; the files themselves are under files/"],
      ["decisions.json", "the decisions on the applications, with feedback, and scores where they were shared"],
      ["appeals.json", "appeals against decisions"],
      ["awards.json", "the organisation's awards"],
      ["charter.json", "the organisation's requests to sign the Social Value Charter"],
      ["champions.json", "Social Value Champion records naming the organisation"],
      [
        "audit-events.json",
        "the audit log's entries about the organisation, its applications, awards and charter requests",
      ],
    ]),
    {
      kind: "json",
      name: "organisation.json",
      value: {
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
      },
    },
    {
      kind: "json",
      name: "memberships.json",
      value: members.map((m) => ({
        fullName: m.user.fullName,
        email: m.user.email,
        jobTitle: m.user.jobTitle,
        isOwner: m.isOwner,
        memberSince: iso(m.createdAt),
      })),
    },
    {
      kind: "json",
      name: "invitations.json",
      value: invitations.map((i) => invitationRecord(i, { invitedBy: i.invitedBy?.fullName ?? null })),
    },
    { kind: "json", name: "applications.json", value: applications.map((a) => applicationRecord(a)) },
    { kind: "json", name: "evidence-files.json", value: evidence.records },
    { kind: "json", name: "decisions.json", value: applications.flatMap(decisionRecords) },
    { kind: "json", name: "appeals.json", value: applications.flatMap(appealRecords) },
    { kind: "json", name: "awards.json", value: applications.flatMap(awardRecord) },
    { kind: "json", name: "charter.json", value: charter.map(charterRecord) },
    {
      kind: "json",
      name: "champions.json",
      value: await championRecords(prisma, equalsText('"organisationName"', org.name)),
    },
    {
      kind: "json-lines",
      name: "audit-events.json",
      items: auditItems(
        prisma,
        {
          OR: subjects.filter((s) => s.subjectId.in.length > 0),
          NOT: ASSESSMENT_ACTIONS.map((prefix) => ({ action: { startsWith: prefix } })),
        },
        (actor) =>
          actor === null
            ? "the portal"
            : memberNames.has(actor.id)
              ? memberNames.get(actor.id)!
              : actor.role === "APPLICANT"
                ? "a former member"
                : "the programme team",
      ),
    },
    ...evidence.files,
  ];
  return {
    subject: { type: "Organisation", id: org.id, name: org.name },
    plan: { fileName: `subject-access-${slug(org.name) || "organisation"}-${today()}.zip`, entries },
    fileCount: evidence.files.length,
  };
}
