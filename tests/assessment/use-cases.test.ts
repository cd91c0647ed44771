import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assign } from "../../src/modules/assessment/assign.js";
import { declare } from "../../src/modules/assessment/declare-conflict.js";
import type { AssessmentDeps } from "../../src/modules/assessment/deps.js";
import { saveThemeScores } from "../../src/modules/assessment/save-scores.js";
import { submitReview } from "../../src/modules/assessment/submit-review.js";
import type { ThemeScoreInput } from "../../src/modules/assessment/schemas.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { submittedApplication } from "../helpers/assessment.js";
import { createUser } from "../helpers/factories.js";

// The use cases called as the pages call them, without HTTP, so each rule is checked where it lives.
const SUBMITTED_AT = new Date(Date.UTC(2026, 2, 2, 10, 30));

let t: TestApp;
let deps: AssessmentDeps;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  deps = { prisma: t.deps.db.prisma, settings: t.deps.settings, mailer: t.deps.mailer, now: () => SUBMITTED_AT };
});
afterAll(async () => {
  await t?.close();
});

/** Each person at a domain of their own, clear of the applicants' example.org. */
async function person(role: "ASSESSOR" | "PROGRAMME_LEAD", fullName: string) {
  const domain = `${randomBytes(4).toString("hex")}.example.net`;
  const user = await createUser(t.prisma, { role, fullName, email: `${role.toLowerCase()}@${domain}` });
  return { id: user.id, fullName: user.fullName };
}

const complete: ThemeScoreInput = {
  scores: { outcome: 4, scale: 3, localBenefit: 3, evidence: 4, sustainability: 3 },
  reasons: {
    outcome: "Clear outcomes",
    scale: "Wide reach",
    localBenefit: "Local focus",
    evidence: "Specific evidence",
    sustainability: "Continuing work",
  },
};

async function assigned(name: string, themes: string[]) {
  const lead = await person("PROGRAMME_LEAD", "Lee Lead");
  const assessor = await person("ASSESSOR", "Ann Assessor");
  const application = await submittedApplication(t, { name, themes });
  expect(await assign(deps, lead, application.id, assessor.id)).toEqual({ outcome: "assigned" });
  const assignment = await t.prisma.assignment.findFirstOrThrow({
    where: { applicationId: application.id, assessorId: assessor.id },
  });
  return { lead, assessor, application, assignmentId: assignment.id };
}

describe("the assessment use cases, called directly", () => {
  it("refuses scores from an assessor who has declared a conflict of interest, and their reassignment", async () => {
    const { lead, assessor, application, assignmentId } = await assigned("Conflicted Trust", ["social"]);
    const declared = await declare(deps, assessor, assignmentId, {
      conflict: "yes",
      conflictReason: "My sister chairs the trust.",
    });
    expect(declared).toBe("conflict-declared");

    const saved = await saveThemeScores(deps, assessor, assignmentId, "SOCIAL", complete);
    expect(saved).toEqual({
      refused: "Declare whether you have a conflict of interest before you score this application.",
    });
    expect(await t.prisma.reviewScore.count({ where: { assignmentId } })).toBe(0);
    expect(await submitReview(deps, assessor, assignmentId)).toEqual({
      refused: "Declare whether you have a conflict of interest before you score this application.",
    });
    expect(await assign(deps, lead, application.id, assessor.id)).toEqual({
      outcome: "refused",
      message: "Ann Assessor has declared a conflict of interest with this application.",
    });
  });

  it("holds a review back until every chosen theme is scored with reasons", async () => {
    const { assessor, application, assignmentId } = await assigned("Two Theme Works", ["social", "economic"]);
    expect(await declare(deps, assessor, assignmentId, { conflict: "no", conflictReason: "" })).toBe("declared");
    const social = await saveThemeScores(deps, assessor, assignmentId, "SOCIAL", complete);
    expect(social).toMatchObject({ errors: {} });

    expect(await submitReview(deps, assessor, assignmentId)).toEqual({ outcome: "incomplete", themes: ["Economic"] });
    const held = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(held.reviewStatus).toBe("DRAFT");
    expect(held.submittedAt).toBeNull();
    const submits = () => t.prisma.auditEvent.count({ where: { subjectId: application.id, action: "review.submit" } });
    expect(await submits()).toBe(0);

    // A theme saved with a reason missing is kept as typed but still counts as unscored.
    const partial = { ...complete, reasons: { ...complete.reasons, evidence: "" } };
    const economic = await saveThemeScores(deps, assessor, assignmentId, "ECONOMIC", partial);
    expect(economic).toMatchObject({ errors: { "reason-evidence": expect.any(String) as unknown } });
    expect(await submitReview(deps, assessor, assignmentId)).toEqual({ outcome: "incomplete", themes: ["Economic"] });

    await saveThemeScores(deps, assessor, assignmentId, "ECONOMIC", complete);
    expect(await submitReview(deps, assessor, assignmentId)).toEqual({ outcome: "submitted", borderline: [] });
    const done = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(done.reviewStatus).toBe("SUBMITTED");
    expect(done.submittedAt?.toISOString()).toBe(SUBMITTED_AT.toISOString());
    expect(await submits()).toBe(1);
    expect(await submitReview(deps, assessor, assignmentId)).toEqual({
      refused: "You have already submitted this review.",
    });
  });
});
