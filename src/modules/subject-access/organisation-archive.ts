import { isIdLike } from "../../platform/validation.js";
// What an organisation's archive holds, copied field by field as the person's is (person-archive.ts).
import type { ArchiveEntry, GatheredArchive } from "./archive.js";
import type { SubjectAccessDeps } from "./deps.js";
import { archiveFileName, readme } from "./readme.js";
import { applicationRecord, evidenceEntries, loadApplications } from "./records/applications.js";
import { organisationAuditItems } from "./records/audit-entries.js";
import { awardRecord } from "./records/awards.js";
import { charterRecord, charterRequestsOf, championsNaming } from "./records/charter.js";
import {
  invitationRecord,
  invitationsToJoin,
  memberRecord,
  membersOf,
  organisationOf,
  organisationRecord,
} from "./records/organisations.js";
import { appealRecords, decisionRecords } from "./records/reviews.js";

const FILES: [string, string][] = [
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
];

/** Everything held about one organisation, or null when there is no such organisation. */
export async function organisationArchive(
  deps: SubjectAccessDeps,
  organisationId: string,
): Promise<GatheredArchive | null> {
  if (!isIdLike(organisationId)) return null;
  const { prisma, storage } = deps;
  const org = await organisationOf(prisma, organisationId);
  if (!org) return null;

  const [members, applications, charter, invitations] = await Promise.all([
    membersOf(prisma, organisationId),
    loadApplications(prisma, { organisationId }),
    charterRequestsOf(prisma, organisationId),
    invitationsToJoin(prisma, organisationId),
  ]);
  const memberNames = new Map(members.map((m) => [m.userId, m.user.fullName]));
  // Uploads by people who have since left the organisation are named as such, not by name.
  const uploaderName = (id: string | null) => (id ? (memberNames.get(id) ?? "a former member") : null);
  const evidence = await evidenceEntries(storage, applications, () => true, uploaderName);

  const subjects = [
    { subjectType: "Organisation", ids: [organisationId] },
    { subjectType: "Application", ids: applications.map((a) => a.id) },
    { subjectType: "Award", ids: applications.flatMap((a) => (a.award ? [a.award.id] : [])) },
    { subjectType: "CharterSignature", ids: charter.map((c) => c.id) },
    { subjectType: "Invitation", ids: invitations.map((i) => i.id) },
  ];
  const now = deps.now();
  const entries: ArchiveEntry[] = [
    readme(`Everything the portal holds about ${org.name}`, FILES, now),
    { kind: "json", name: "organisation.json", value: organisationRecord(org) },
    { kind: "json", name: "memberships.json", value: members.map(memberRecord) },
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
    { kind: "json", name: "champions.json", value: await championsNaming(prisma, org.name) },
    { kind: "json-lines", name: "audit-events.json", items: organisationAuditItems(prisma, subjects, memberNames) },
    ...evidence.files,
  ];
  return {
    subject: { type: "Organisation", id: org.id, name: org.name },
    plan: { fileName: archiveFileName(org.name, "organisation", now), entries },
    fileCount: evidence.files.length,
  };
}
