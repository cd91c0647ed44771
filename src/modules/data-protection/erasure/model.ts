// What erasure answers with, and the names erased rows are left with. What each table keeps when
// a person or an organisation is erased is set out in the README ("Erasure and retention").

export const ERASED_ACCOUNT_NAME = "Erased account";
export const ERASED_ORGANISATION_NAME = "Erased organisation";
export const ERASED_AWARD_REASON = "The organisation's information was erased at its request.";

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

export interface UserCounts {
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

export type UserResult = { ok: true; accountKept: boolean; counts: UserCounts } | { ok: false; refusal: UserRefusal };

export interface EraseUserOptions {
  actorId: string | null;
  now: Date;
  organisationBeingErased?: string;
  reason: ErasureReason;
  requestReference?: string;
}

export interface ErasureOutcome {
  filesDeleted: number;
  filesWaiting: number;
}
