// What an audit record says in words a person reads: "Application submitted", "Status changed
// from Draft to Submitted", the name of the champion or the page. The raw values stay on the
// record and are shown behind a toggle for whoever needs them.
import { APPLICATION_STATUSES, labelOf } from "../programme/index.js";

const ACTION_WORDS: Record<string, string> = {
  "appeal.decide": "Appeal outcome recorded",
  "appeal.submit": "Appeal sent",
  "application.anonymise": "Application anonymised under the retention periods",
  "application.reapply": "Application copied into a new one",
  "application.start": "Application started",
  "application.submit": "Application submitted",
  "application.withdraw": "Application withdrawn",
  "assessment.assign": "Assessor assigned",
  "assessment.auto-assign": "Assessor assigned automatically",
  "assessment.declare-conflict": "Assessor declared a conflict of interest",
  "assessment.declare-no-conflict": "Assessor declared no conflict of interest",
  "assessment.unassign": "Assessor taken off",
  "attachment.remove": "File removed from a page",
  "attachment.replace": "File on a page replaced",
  "attachment.upload": "File added to a page",
  "audit.prune": "Old audit entries deleted under the retention periods",
  "award.create": "Award granted",
  "award.expire": "Award expired",
  "award.listing": "Listing on the public register changed",
  "award.revoke": "Award revoked",
  "champion.add": "Champion added",
  "champion.edit": "Champion changed",
  "champion.remove": "Champion removed",
  "charter.approve": "Charter signature approved",
  "charter.decline": "Charter signature declined",
  "charter.remove": "Charter signature removed",
  "charter.request": "Asked to sign the charter",
  "content.create": "Page created",
  "content.delete": "Page deleted",
  "content.publish": "Page published",
  "content.restore-version": "Earlier version of a page restored",
  "content.unpublish": "Page unpublished",
  "content.update": "Page changed",
  "decision.appeal-deadline.move": "Appeal deadline moved for a bank holiday",
  "decision.record": "Decision recorded",
  "evidence.remove": "Evidence file removed",
  "evidence.upload": "Evidence file uploaded",
  "export.download": "Export downloaded",
  "invitation.accept": "Invitation accepted",
  "invitation.create": "Invitation sent",
  "organisation.create": "Organisation signed up",
  "organisation.delete": "Organisation deleted",
  "organisation.erase": "Organisation erased",
  "organisation.invitation-cancel": "Invitation cancelled",
  "organisation.member-remove": "Member removed",
  "organisation.ownership-transfer": "Ownership handed over",
  "organisation.update": "Organisation details changed",
  "review.return": "Review returned to the assessor",
  "review.score": "Scores saved",
  "review.submit": "Review submitted",
  "settings.update": "Setting changed",
  "subject-access.download": "Subject access download made",
  "user.deactivate": "Account deactivated",
  "user.email-change": "Email address changed",
  "user.email-change-requested": "Change of email address asked for",
  "user.email-verified": "Email address confirmed",
  "user.erase": "Account erased",
  "user.password-change": "Password changed",
  "user.password-reset": "Password reset",
  "user.password-reset-requested": "Password reset asked for",
  "user.profile-update": "Profile changed",
  "user.reactivate": "Account reactivated",
  "user.role-change": "Role changed",
  "user.sign-in": "Signed in",
  "user.sign-up": "Signed up",
};

/** The fields whose value names what a record is about: a champion, a page, a file, a person. */
const NAME_FIELDS = ["name", "title", "fullName", "memberName", "originalName", "fileName", "email", "key"];

function parsed(stored: string | null): Record<string, unknown> {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const isApplicationStatus = (value: unknown) => APPLICATION_STATUSES.some((s) => s.value === value);

/** The ids of the people a record names besides its actor (an assessor given or taken off work). */
export function peopleNamedIn(events: { before: string | null; after: string | null }[]): string[] {
  const ids = events.flatMap((e) => [parsed(e.before).assessorId, parsed(e.after).assessorId]);
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))];
}

/** The action in words, what it was about, and a status change when there was one. */
export function describeEvent(
  event: { action: string; before: string | null; after: string | null },
  people: ReadonlyMap<string, string> = new Map(),
): { summary: string; details: string[] } {
  const before = parsed(event.before);
  const after = parsed(event.after);
  const words = ACTION_WORDS[event.action] ?? event.action.replace(/[.-]/g, " ");
  const nameField = NAME_FIELDS.find((field) => typeof (after[field] ?? before[field]) === "string");
  const person = people.get(String(after.assessorId ?? before.assessorId));
  const name = person ?? (nameField ? String(after[nameField] ?? before[nameField]) : "");
  const details: string[] = [];
  if (isApplicationStatus(before.status) && isApplicationStatus(after.status) && before.status !== after.status) {
    const label = (value: unknown) => labelOf(APPLICATION_STATUSES, String(value));
    details.push(`Status changed from ${label(before.status)} to ${label(after.status)}`);
  }
  if (typeof after.reason === "string" && after.reason) details.push(`Reason: ${after.reason}`);
  return { summary: name ? `${words}: ${name}` : words, details };
}
