import { isIdLike } from "../../platform/validation.js";
// What a subject access archive holds. Everything is copied field by field into plain objects, so
// that a column added to a table later is not released by accident, and secrets never are:
// password hashes, the hashes of link tokens, session ids and session contents stay out.
import type { ArchiveEntry, GatheredArchive } from "./archive.js";
import type { SubjectAccessDeps } from "./deps.js";
import { archiveFileName, readme } from "./readme.js";
import { accountLinkRecord, accountLinksOf, personRecord, sessionRecord, sessionsOf } from "./records/accounts.js";
import { applicationRecord, applicationsOfPerson, evidenceEntries, involvement } from "./records/applications.js";
import { personAuditItems } from "./records/audit-entries.js";
import { awardRecord } from "./records/awards.js";
import { charterRecord, charterRequestsBy, championsWithEmail } from "./records/charter.js";
import {
  invitationRecord,
  invitationsFrom,
  invitationsTo,
  membershipRecord,
  membershipsOf,
} from "./records/organisations.js";
import { appealRecords, decisionRecords, reviewRecord, reviewsBy } from "./records/reviews.js";

const FILES: [string, string][] = [
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
];

/** Everything held about one person, or null when there is no such person. */
export async function personArchive(deps: SubjectAccessDeps, userId: string): Promise<GatheredArchive | null> {
  if (!isIdLike(userId)) return null;
  const { prisma, storage } = deps;
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) return null;

  const [memberships, applications, reviews, charter, invitationsReceived, invitationsSent, links, sessions] =
    await Promise.all([
      membershipsOf(prisma, userId),
      applicationsOfPerson(prisma, userId),
      reviewsBy(prisma, userId),
      charterRequestsBy(prisma, userId),
      invitationsTo(prisma, user.email),
      invitationsFrom(prisma, userId),
      accountLinksOf(prisma, userId),
      sessionsOf(prisma, userId),
    ]);
  const evidence = await evidenceEntries(
    storage,
    applications,
    (file) => file.uploadedById === userId,
    () => "this person",
  );

  const now = deps.now();
  const entries: ArchiveEntry[] = [
    readme(`Everything the portal holds about ${user.fullName}`, FILES, now),
    { kind: "json", name: "person.json", value: personRecord(user) },
    { kind: "json", name: "memberships.json", value: memberships.map(membershipRecord) },
    {
      kind: "json",
      name: "applications.json",
      value: applications.map((a) => applicationRecord(a, involvement(a, userId))),
    },
    { kind: "json", name: "evidence-files.json", value: evidence.records },
    { kind: "json", name: "decisions.json", value: applications.flatMap(decisionRecords) },
    { kind: "json", name: "appeals.json", value: applications.flatMap(appealRecords) },
    { kind: "json", name: "awards.json", value: applications.flatMap(awardRecord) },
    { kind: "json", name: "reviews.json", value: reviews.map(reviewRecord) },
    { kind: "json", name: "charter.json", value: charter.map(charterRecord) },
    { kind: "json", name: "champions.json", value: await championsWithEmail(prisma, user.email) },
    {
      kind: "json",
      name: "invitations.json",
      value: [
        ...invitationsReceived.map((i) => invitationRecord(i, { direction: "received" })),
        ...invitationsSent.map((i) => invitationRecord(i, { direction: "sent" })),
      ],
    },
    { kind: "json", name: "account-links.json", value: links.map(accountLinkRecord) },
    { kind: "json", name: "sessions.json", value: sessions.map(sessionRecord) },
    { kind: "json-lines", name: "audit-events.json", items: personAuditItems(prisma, userId) },
    ...evidence.files,
  ];
  return {
    subject: { type: "User", id: user.id, name: user.fullName },
    plan: { fileName: archiveFileName(user.fullName, "person", now), entries },
    fileCount: evidence.files.length,
  };
}
