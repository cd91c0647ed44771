// The portal chooses assessors for the lead, spreading the work evenly.
import type { Actor } from "../../platform/auth.js";
import { assignIn } from "./assign.js";
import type { AssessmentDeps } from "./deps.js";
import { notifyAssigned } from "./notifications.js";
import { conflictsFor, isUnique, OPEN_ASSIGNMENT } from "./queries.js";
import { assessors } from "./queue.js";

type Candidate = Awaited<ReturnType<typeof assessors>>[number];

/** The least busy assessor not yet on the application and clear of the automatic conflict checks. */
async function firstEligible(
  deps: AssessmentDeps,
  application: { id: string; assignments: { assessorId: string; status: string }[] },
  people: Candidate[],
  load: Map<string, number>,
): Promise<Candidate | undefined> {
  const taken = new Set(application.assignments.filter((a) => a.status !== "CLOSED").map((a) => a.assessorId));
  const candidates = [...people]
    .filter((p) => !taken.has(p.id))
    .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.fullName.localeCompare(b.fullName));
  for (const candidate of candidates) {
    if ((await conflictsFor(deps, application.id, candidate)).length === 0) return candidate;
  }
  return undefined;
}

/**
 * Assigns one assessor to each given application (or to every submitted application that has
 * nobody assigned), choosing each time the eligible assessor with the fewest open reviews.
 */
export async function autoAssign(deps: AssessmentDeps, actor: Actor, applicationIds?: string[]) {
  const { prisma } = deps;
  const applications = await prisma.application.findMany({
    where: applicationIds
      ? { id: { in: applicationIds }, status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } }
      : {
          status: { in: ["SUBMITTED", "IN_ASSESSMENT"] },
          assignments: { none: { status: { in: [...OPEN_ASSIGNMENT] } } },
        },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      reference: true,
      assignments: { select: { assessorId: true, status: true } },
    },
  });
  const people = await assessors(deps);
  const load = new Map(people.map((p) => [p.id, p.openReviews]));
  const assigned: { applicationId: string; reference: string | null; assessor: string }[] = [];
  const unassigned: { applicationId: string; reference: string | null }[] = [];
  for (const application of applications) {
    const pick = await firstEligible(deps, application, people, load);
    if (!pick) {
      unassigned.push({ applicationId: application.id, reference: application.reference });
      continue;
    }
    try {
      const assignment = await prisma.$transaction((tx) => assignIn(deps, tx, actor, application, pick.id, true));
      load.set(pick.id, (load.get(pick.id) ?? 0) + 1);
      assigned.push({ applicationId: application.id, reference: application.reference, assessor: pick.fullName });
      await notifyAssigned(deps, pick.id, application.id, assignment.id);
    } catch (error) {
      if (!isUnique(error)) throw error;
      unassigned.push({ applicationId: application.id, reference: application.reference });
    }
  }
  return { assigned, unassigned };
}
