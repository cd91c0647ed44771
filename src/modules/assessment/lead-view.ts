import { describeEvent, peopleNamedIn } from "../audit-log/index.js";
// What the lead sees of one application, and its audit trail.
import { splitList } from "../../platform/text.js";
import type { AssessmentDeps } from "./deps.js";
import { isOpenAssignment, THEMES_WITH_EVIDENCE } from "./queries.js";
import { combinedResult, rulesFrom, type ThemeResult } from "./scoring.js";
import { reviewThemes } from "./views.js";

/** Everything the lead sees about one application: answers, assignments and reviews side by side. */
export async function forLead({ prisma, settings }: AssessmentDeps, applicationId: string) {
  const application = await prisma.application.findFirst({
    where: { id: applicationId, status: { not: "DRAFT" } },
    include: {
      themes: THEMES_WITH_EVIDENCE,
      organisation: { select: { type: true, website: true } },
      assignments: {
        orderBy: { assignedAt: "asc" },
        include: { scores: true, assessor: { select: { id: true, fullName: true, email: true } } },
      },
    },
  });
  if (!application) return null;
  const rules = rulesFrom(await settings.all());
  const chosen = splitList(application.chosenThemes);
  const reviews = application.assignments.map((a) => ({
    id: a.id,
    assessor: a.assessor,
    status: a.status,
    reviewStatus: a.reviewStatus,
    conflictReason: a.conflictReason,
    assignedAt: a.assignedAt,
    submittedAt: a.submittedAt,
    returnComment: a.returnComment,
    autoAssigned: a.autoAssigned,
    themes: reviewThemes(a.scores, chosen, rules),
  }));
  const submitted = reviews.filter((r) => r.reviewStatus === "SUBMITTED" && r.status === "ACTIVE");
  const combined: Record<string, ThemeResult> = Object.fromEntries(
    chosen.map((theme) => [
      theme,
      combinedResult(
        submitted.map((r) => r.themes.find((t) => t.theme === theme)?.scores ?? {}),
        rules,
      ),
    ]),
  );
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    organisationId: application.organisationId,
    organisationName: application.orgName,
    sector: application.organisation.type,
    orgPlaces: splitList(application.orgPlaces),
    submittedAt: application.submittedAt,
    secondAssessorNeeded: application.secondAssessorNeeded,
    chosenThemes: chosen,
    answers: chosen.map((theme) => application.themes.find((t) => t.theme === theme)).filter(Boolean),
    reviews,
    openReviews: reviews.filter((r) => isOpenAssignment(r.status)),
    submittedReviews: submitted,
    combined,
  };
}

/** The application's audit trail, oldest first, with who did what and the values before and after. */
export async function history({ prisma }: AssessmentDeps, applicationId: string) {
  const application = await prisma.application.findUnique({
    where: { id: applicationId },
    select: { id: true, reference: true, orgName: true, award: { select: { id: true } } },
  });
  if (!application) return null;
  const events = await prisma.auditEvent.findMany({
    where: {
      OR: [
        { subjectType: "Application", subjectId: applicationId },
        ...(application.award ? [{ subjectType: "Award", subjectId: application.award.id }] : []),
      ],
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    include: { actor: { select: { fullName: true } } },
  });
  const named = await prisma.user.findMany({ where: { id: { in: peopleNamedIn(events) } } });
  const people = new Map(named.map((u) => [u.id, u.fullName]));
  return {
    application,
    events: events.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt,
      actor: e.actor?.fullName ?? "The portal",
      ...describeEvent(e, people),
      action: e.action,
      before: e.before,
      after: e.after,
    })),
  };
}
