// Applications, answers and evidence files: what an organisation wrote, and the files it sent.
import type { Tx } from "../deps.js";
import { replaceTerms } from "../redaction.js";
import { anonymiseAwards, cleanAwardText } from "./awards.js";
import { ERASED_ORGANISATION_NAME } from "./model.js";
import { anonymiseReviews, cleanReviewTexts, closeOpenAssignments } from "./reviews.js";
import { chunk, sameText } from "./terms.js";

const LIVE_SUBMITTED: readonly string[] = ["SUBMITTED", "IN_ASSESSMENT", "REVISIONS_REQUESTED"];

/** A draft never submitted, which is in no statistic. */
export const isUnsubmittedDraft = (a: { status: string; submittedAt: Date | null }) =>
  a.status === "DRAFT" && !a.submittedAt;

/** Submitted and still open: no one can answer for it once its organisation is erased. */
export const isLive = (a: { status: string }) => LIVE_SUBMITTED.includes(a.status);

/** The storage keys of the evidence files on these applications. */
export async function evidenceKeysOf(tx: Tx, applicationIds: string[]): Promise<string[]> {
  const evidence = await tx.evidenceFile.findMany({
    where: { applicationTheme: { applicationId: { in: applicationIds } } },
    select: { storageKey: true },
  });
  return evidence.map((e) => e.storageKey);
}

type Clean = (text: string) => string;

const NAMED_TEXTS = {
  id: true,
  declarationName: true,
  declarationRole: true,
  withdrawalReason: true,
  themes: { select: { id: true, whatChanged: true, difference: true, evidence: true } },
  decisions: { select: { id: true, feedback: true, appeal: true } },
  assignments: { select: { id: true, returnComment: true, conflictReason: true, scores: true } },
  award: { select: { id: true, revocationReason: true } },
} as const;

type NamedApplication = Awaited<ReturnType<typeof namedTexts>>[number];

const namedTexts = (tx: Tx, ids: string[]) =>
  tx.application.findMany({ where: { id: { in: ids } }, select: NAMED_TEXTS });

/** Cleans the application's own texts; true when its declaration was in the person's name. */
async function cleanApplication(tx: Tx, a: NamedApplication, names: string[], clean: Clean): Promise<boolean> {
  const declared = names.some((name) => sameText(a.declarationName, name));
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
  return declared;
}

/**
 * Free text on an organisation's applications that may name the person is cleaned: the
 * declaration when it is in their name, and their name and email address wherever else they
 * appear. Returns how many declarations were in their name.
 */
export async function removeNameFromApplications(
  tx: Tx,
  applicationIds: string[],
  names: string[],
  terms: string[],
): Promise<number> {
  if (applicationIds.length === 0 || terms.length === 0) return 0;
  const clean = (text: string) => replaceTerms(text, terms);
  let declarations = 0;
  for (const ids of chunk(applicationIds)) {
    for (const a of await namedTexts(tx, ids)) {
      if (await cleanApplication(tx, a, names, clean)) declarations += 1;
      await cleanReviewTexts(tx, a, clean);
      if (a.award) await cleanAwardText(tx, a.award, clean);
    }
  }
  return declarations;
}

/** The answers, evidence and organisation's details of these applications; returns the evidence's keys. */
async function removeAnswersAndEvidence(
  tx: Tx,
  ids: string[],
  options: { now: Date; organisationName?: string },
): Promise<string[]> {
  const keys = await evidenceKeysOf(tx, ids);
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
  return keys;
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
    keys.push(...(await removeAnswersAndEvidence(tx, ids, options)));
    await anonymiseReviews(tx, ids);
    await anonymiseAwards(tx, ids, options.organisationName);
  }
  return keys;
}

/**
 * An erased organisation's applications. Drafts never submitted are in no statistic: they go.
 * Submitted applications still open are withdrawn, since no one can answer for them any more;
 * all the rest are kept, anonymised. Returns the storage keys of the evidence to delete.
 */
export async function eraseOrganisationApplications(
  tx: Tx,
  applications: { id: string; status: string; submittedAt: Date | null }[],
  actorId: string,
  now: Date,
): Promise<{ drafts: string[]; live: string[]; kept: string[]; keys: string[] }> {
  const drafts = applications.filter(isUnsubmittedDraft).map((a) => a.id);
  const draftEvidence = await evidenceKeysOf(tx, drafts);
  await tx.application.deleteMany({ where: { id: { in: drafts } } });
  const live = applications.filter(isLive).map((a) => a.id);
  await tx.application.updateMany({
    where: { id: { in: live } },
    data: { status: "WITHDRAWN", liveKey: null, withdrawnAt: now, withdrawnById: actorId },
  });
  await closeOpenAssignments(tx, live, now);
  const kept = applications.map((a) => a.id).filter((id) => !drafts.includes(id));
  const keys = [
    ...draftEvidence,
    ...(await anonymiseApplications(tx, kept, { now, organisationName: ERASED_ORGANISATION_NAME })),
  ];
  return { drafts, live, kept, keys };
}
