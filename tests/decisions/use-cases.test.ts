import { systemRandom } from "../../src/platform/random.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appeal } from "../../src/modules/decisions/appeal.js";
import { decide } from "../../src/modules/decisions/decide.js";
import type { DecisionsDeps } from "../../src/modules/decisions/deps.js";
import type { DecisionInput } from "../../src/modules/decisions/schemas.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";

// The use cases called directly, without the pages, on a real database: their rules hold
// whoever calls them.
let t: TestApp;
let clock = new Date("2026-12-18T10:00:00Z");
let deps: DecisionsDeps;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  deps = { prisma: t.prisma, settings: t.deps.settings, mailer: t.deps.mailer, now: () => clock, random: systemRandom };
});
afterAll(async () => {
  await t?.close();
});

async function assigned(name: string) {
  const { visitor: lead, user } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
  const application = await submittedApplication(t, { name });
  const assignmentId = await assign(t, lead, application.id, assessor.user.id);
  return { lead: { id: user.id, fullName: user.fullName }, assessor, application, assignmentId };
}

const notAwarded: DecisionInput = {
  outcome: "NOT_AWARDED",
  recognisedThemes: [],
  feedback: "Thin evidence.",
  scoresPublished: false,
};

describe("the decide use case", () => {
  it("refuses a decision until an assessor has submitted a review, and records nothing", async () => {
    const { lead, application } = await assigned("Unreviewed Org");
    const mailBefore = t.outbox().length;
    expect(await decide(deps, lead, application.id, notAwarded)).toEqual({
      refused: "At least one assessor must submit a review before a decision can be made.",
    });
    const stored = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("IN_ASSESSMENT");
    expect(await t.prisma.decision.count({ where: { applicationId: application.id } })).toBe(0);
    const audits = await t.prisma.auditEvent.count({ where: { action: "decision.record", subjectId: application.id } });
    expect(audits).toBe(0);
    expect(t.outbox()).toHaveLength(mailBefore);
  });
});

describe("the appeal use case", () => {
  it("takes an appeal on the last day to appeal and refuses one after it", async () => {
    const { lead, assessor, application, assignmentId } = await assigned("Late Appeal Org");
    await completeReview(assessor.visitor, assignmentId, 1);
    clock = new Date("2026-12-18T10:00:00Z");
    expect(await decide(deps, lead, application.id, notAwarded)).toEqual({
      decided: "NOT_AWARDED",
    });
    // Ten working days past 25 and 28 December and 1 January.
    const decision = await t.prisma.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(decision.appealBy).toBe("2027-01-06");
    const owner = { id: application.owner.id, fullName: application.owner.fullName };

    clock = new Date("2027-01-07T00:00:01Z");
    expect(await appeal(deps, owner, application.id, "Please look again")).toEqual({
      refused: "The time to appeal this decision has passed.",
    });
    expect(await t.prisma.appeal.count({ where: { decisionId: decision.id } })).toBe(0);

    clock = new Date("2027-01-06T23:30:00Z"); // 23:30 on the last day, UK time
    expect(await appeal(deps, owner, application.id, "Please look again")).toBe("appealed");
    const stored = await t.prisma.appeal.findUniqueOrThrow({ where: { decisionId: decision.id } });
    expect(stored).toMatchObject({ reason: "Please look again", submittedById: owner.id, submittedAt: clock });
    expect(await appeal(deps, owner, application.id, "And again")).toEqual({
      refused: "This decision has already been appealed.",
    });
  });

  it("refuses somebody outside the organisation as if there were no such application", async () => {
    const { lead, assessor, application, assignmentId } = await assigned("Outsider Org");
    await completeReview(assessor.visitor, assignmentId, 1);
    clock = new Date();
    await decide(deps, lead, application.id, notAwarded);
    expect(await appeal(deps, lead, application.id, "Not mine to appeal")).toBeNull();
  });
});
