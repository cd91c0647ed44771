// The erasure pages' words: why an erasure is refused, and what it removes and keeps.
import type { OrganisationErasurePlan, UserErasurePlan, UserRefusal } from "./erasure/model.js";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function refusalText(refusal: UserRefusal): string {
  switch (refusal.kind) {
    case "self":
      return "You cannot erase your own account. Ask another programme lead to do it.";
    case "last-lead":
      return "There must always be at least one active programme lead. Make someone else a lead before erasing this account.";
    case "owner":
      return "This person owns an organisation. Its owner must hand ownership to another member first (on the organisation's page), or you can erase the organisation, which erases the accounts of members who belong to no other organisation.";
    case "already-erased":
      return "This account has already been erased.";
  }
}

/** What the confirmation page lists, in words. */
export function userSummary(plan: UserErasurePlan) {
  const r = plan.remove;
  const remove = [
    plan.accountKept
      ? "Their name, email address, job title and password. The account itself stays, as “Erased account”, unable to sign in, because their reviews stay"
      : "Their account: name, email address, job title and password",
    r.sessions > 0
      ? `${count(r.sessions, "signed-in session", "signed-in sessions")}: they are signed out at once`
      : null,
    r.memberships.length > 0 ? `Their membership of ${r.memberships.map((m) => m.name).join(", ")}` : null,
    r.links > 0
      ? count(
          r.links,
          "email link (verification, password or email change)",
          "email links (verification, password or email change)",
        )
      : null,
    r.invitations > 0
      ? count(r.invitations, "invitation sent to their email address", "invitations sent to their email address")
      : null,
    r.champions > 0
      ? count(
          r.champions,
          "Social Value Champion entry with their email address",
          "Social Value Champion entries with their email address",
        )
      : null,
    r.openAssignments > 0
      ? `${count(r.openAssignments, "open assessment assignment", "open assessment assignments")}: closed, so that you can assign someone else`
      : null,
    r.draftReviews > 0 ? count(r.draftReviews, "unfinished review", "unfinished reviews") : null,
    r.declarations > 0
      ? `Their name and role on ${count(r.declarations, "application declaration", "application declarations")}`
      : null,
    "Their name and email address wherever else they appear in their organisations' applications, evidence descriptions, reviews, decisions and charter requests",
    r.auditEntries > 0
      ? `Their name, email address and job title from ${count(r.auditEntries, "audit entry", "audit entries")} about or by them (the entries stay, saying what happened and when)`
      : null,
  ];
  const keep = [
    plan.keep.submittedReviews > 0
      ? `${count(plan.keep.submittedReviews, "submitted review", "submitted reviews")}, with the scores, as an anonymous assessor`
      : null,
    plan.keep.applications > 0
      ? `The ${count(plan.keep.applications, "application", "applications")} of their organisations, which belong to the organisation`
      : null,
    plan.role === "PROGRAMME_LEAD"
      ? "Decisions, awards and other changes they made as a programme lead, without their name"
      : null,
    "An audit entry saying that the account was erased, by you, when, and the request's reference",
  ];
  return { remove: remove.filter(Boolean), keep: keep.filter(Boolean) };
}

export function organisationSummary(plan: OrganisationErasurePlan) {
  const erased = plan.members.filter((m) => m.erase);
  const leaving = plan.members.filter((m) => !m.erase);
  const remove = [
    "The organisation's name, registration number, address, postcode and website",
    erased.length > 0
      ? `The ${erased.length === 1 ? "account" : "accounts"} of ${erased.map((m) => m.fullName).join(", ")}, who belong to no other organisation`
      : null,
    leaving.length > 0
      ? `The membership of ${leaving.map((m) => `${m.fullName} (${m.reason ?? ""})`).join(", ")}, whose accounts stay`
      : null,
    plan.applications.drafts > 0
      ? count(plan.applications.drafts, "draft application never submitted", "draft applications never submitted")
      : null,
    plan.applications.kept > 0
      ? `From ${count(plan.applications.kept, "application", "applications")}: the answers, the organisation's details, the declaration, assessors' written reasons, decision feedback and appeal text`
      : null,
    plan.evidenceFiles > 0
      ? `${count(plan.evidenceFiles, "evidence file", "evidence files")}, with their names and descriptions, from storage`
      : null,
    plan.invitations > 0 ? count(plan.invitations, "invitation to join", "invitations to join") : null,
    plan.charterRequests > 0
      ? `The sponsor, pledge and reasons of ${count(plan.charterRequests, "charter request", "charter requests")}`
      : null,
    plan.currentAwards.length > 0 ? "Its current award: revoked, and off the public register" : null,
    plan.auditEntries > 0
      ? `Names, addresses, answers and file names in ${count(plan.auditEntries, "audit entry", "audit entries")} about the organisation and its applications (the entries stay, saying what happened and when)`
      : null,
  ];
  const keep = [
    plan.applications.kept > 0
      ? `${count(plan.applications.kept, "application", "applications")}, anonymised: reference, status, dates, themes chosen, places, type and size of organisation, number of people who benefited`
      : null,
    plan.applications.withdrawn.length > 0
      ? `Of those, ${plan.applications.withdrawn.join(", ")} ${plan.applications.withdrawn.length === 1 ? "is" : "are"} still in progress and will be marked withdrawn`
      : null,
    "Assessors' scores, the decisions and recognised themes, appeal outcomes",
    plan.awards > 0
      ? `${count(plan.awards, "award", "awards")}: the themes and dates, named “Erased organisation”`
      : null,
    plan.charterRequests > 0 ? "Whether and when it signed the charter (not shown publicly)" : null,
    "An audit entry saying that the organisation was erased, by you, when, and the request's reference",
  ];
  return { remove: remove.filter(Boolean), keep: keep.filter(Boolean) };
}
