import { systemRandom } from "../../src/platform/random.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";

let t: TestApp;
// The clock the services use; tests move it forward to see deadlines pass.
let clock = new Date("2026-12-18T10:00:00Z");
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

async function notAwarded(name: string, decidedAt: Date) {
  const { createDecisionsService } = await import("../../src/modules/decisions/service.js");
  clock = decidedAt;
  // A decisions service on the same database whose clock the test controls.
  const decisions = createDecisionsService({
    prisma: t.prisma,
    settings: t.deps.settings,
    mailer: t.deps.mailer,
    now: () => clock,
    random: systemRandom,
  });
  const { visitor: lead, user: leadUser } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
  const application = await submittedApplication(t, { name });
  const assignmentId = await assign(t, lead, application.id, assessor.user.id);
  await completeReview(assessor.visitor, assignmentId, 1);
  const result = await decisions.decide(leadUser, application.id, {
    outcome: "NOT_AWARDED",
    recognisedThemes: [],
    feedback: "The evidence was thin.",
    scoresPublished: false,
  });
  expect(result).toEqual({ decided: "NOT_AWARDED" });
  return { decisions, lead, leadUser, application };
}

describe("appeals", () => {
  it("counts ten working days past Christmas and New Year bank holidays", async () => {
    // Friday 18 December 2026: 25 and 28 December and 1 January are bank holidays.
    const { decisions, application } = await notAwarded("Christmas Org", new Date("2026-12-18T10:00:00Z"));
    const stored = await t.prisma.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(stored.appealBy).toBe("2027-01-06");
    const owner = { id: application.owner.id, fullName: application.owner.fullName };

    clock = new Date("2027-01-06T23:30:00Z"); // 23:30 on the last day, UK time
    expect((await decisions.forApplicant(owner.id, application.id))?.canAppeal).toBe(true);
    clock = new Date("2027-01-07T00:00:01Z");
    expect((await decisions.forApplicant(owner.id, application.id))?.canAppeal).toBe(false);
    expect(await decisions.appeal(owner, application.id, "Please look again")).toEqual({
      refused: "The time to appeal this decision has passed.",
    });
  });

  it("lets the organisation appeal in time, once, and the lead record the outcome", async () => {
    const now = new Date();
    const { lead, application } = await notAwarded("Appeal Org", now);
    clock = now;
    const status = await application.applicant.get(`/applications/${application.id}/status`);
    expect(status.text).toContain("Appeal against the decision");
    const empty = await application.applicant.submit(
      `/applications/${application.id}/appeal`,
      `/applications/${application.id}/appeal`,
      { appealReason: "" },
    );
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#appealReason"');
    const sent = await application.applicant.submit(
      `/applications/${application.id}/appeal`,
      `/applications/${application.id}/appeal`,
      { appealReason: "The assessor missed our Sefton figures." },
    );
    expect(sent.status).toBe(303);
    expect(t.outbox()[0]?.subject).toContain("Appeal against the decision");
    const after = await application.applicant.get(`/applications/${application.id}/status`);
    expect(after.text).toContain("The programme lead is considering it.");
    const page = await application.applicant.get(`/applications/${application.id}/status`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    const twice = await application.applicant.post(`/applications/${application.id}/appeal`, {
      _csrf: token,
      appealReason: "Again",
    });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain("already been appealed");

    const noOutcome = await lead.submit(
      `/admin/applications/${application.id}/appeal`,
      `/admin/applications/${application.id}/appeal`,
      {},
    );
    expect(noOutcome.status).toBe(400);
    const upheld = await lead.submit(
      `/admin/applications/${application.id}/appeal`,
      `/admin/applications/${application.id}/appeal`,
      { appealOutcome: "UPHELD", outcomeNotes: "The Sefton figures change the result." },
    );
    expect(upheld.status).toBe(303);
    const shown = await application.applicant.get(`/applications/${application.id}/status`);
    expect(shown.text).toContain("Your appeal was upheld");
    // Back in assessment, the lead can now make a new decision, which may grant the award.
    const stored = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("IN_ASSESSMENT");
    // It is the organisation's live application again, so it cannot start a second one meanwhile.
    expect(stored.liveKey).toBe(stored.organisationId);
    const regrant = await lead.submit(
      `/admin/applications/${application.id}/decision`,
      `/admin/applications/${application.id}/decision`,
      { outcome: "REVISIONS_REQUESTED", feedback: "x" },
    );
    expect(regrant.status).toBe(400);
    const history = await lead.get(`/admin/applications/${application.id}/history`);
    expect(history.text).toContain("appeal.submit");
    expect(history.text).toContain("appeal.decide");
  });

  it("will not uphold an appeal while the organisation has started another application", async () => {
    const { decisions, lead, application } = await notAwarded("Second Start Org", new Date());
    const owner = { id: application.owner.id, fullName: application.owner.fullName };
    expect(await decisions.appeal(owner, application.id, "Please look again")).toBe("appealed");
    const stored = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    await t.prisma.application.create({
      data: { organisationId: stored.organisationId, liveKey: stored.organisationId, createdById: owner.id },
    });
    const refused = await lead.submit(
      `/admin/applications/${application.id}/appeal`,
      `/admin/applications/${application.id}/appeal`,
      { appealOutcome: "UPHELD", outcomeNotes: "The figures change the result." },
    );
    expect(refused.status).toBe(409);
    expect(refused.text).toContain("the other application must be withdrawn first");
    const appeal = await t.prisma.appeal.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(appeal.outcome).toBeNull();
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe(
      stored.status,
    );
  });

  it("refuses to appeal an award", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
    const application = await submittedApplication(t, { name: "Awarded Org" });
    const assignmentId = await assign(t, lead, application.id, assessor.user.id);
    await completeReview(assessor.visitor, assignmentId, 4);
    await lead.submit(
      `/admin/applications/${application.id}/decision`,
      `/admin/applications/${application.id}/decision`,
      {
        outcome: "AWARDED",
        recognisedThemes: "SOCIAL",
        feedback: "Well done",
      },
    );
    const status = await application.applicant.get(`/applications/${application.id}/status`);
    expect(status.text).not.toContain("Appeal against the decision");
    const token = /name="_csrf" value="([^"]+)"/.exec(status.text)?.[1] ?? "";
    const response = await application.applicant.post(`/applications/${application.id}/appeal`, {
      _csrf: token,
      appealReason: "We want more themes",
    });
    expect(response.status).toBe(409);
    expect(response.text).toContain("Only a Not awarded decision can be appealed.");
  });

  it("lets the lead add a bank holiday, which later deadlines skip", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const bad = await lead.submit("/admin/bank-holidays", "/admin/bank-holidays", { date: "2027-02-30" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#date"');
    const added = await lead.submit("/admin/bank-holidays", "/admin/bank-holidays", { date: "2027-03-01" });
    expect(added.status).toBe(303);
    expect((await lead.get("/admin/bank-holidays")).text).toContain("1 March 2027");
    // From Friday 19 February 2027: 22 to 26 February (5), 1 March skipped, 2 to 5 March (9), 8 March (10).
    const { decisions, application } = await notAwarded("Holiday Org", new Date("2027-02-19T10:00:00Z"));
    const stored = await t.prisma.decision.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(stored.appealBy).toBe("2027-03-08");
    expect(decisions).toBeDefined();
  });

  it("moves an open appeal deadline when the lead adds a bank holiday that it counted", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    // Friday 9 April 2027: 12 to 16 and 19 to 23 April are the ten working days.
    const open = await notAwarded("Open Deadline Org", new Date("2027-04-09T10:00:00Z"));
    const appealed = await notAwarded("Appealed Org", new Date("2027-04-09T11:00:00Z"));
    clock = new Date("2027-04-12T10:00:00Z");
    const owner = { id: appealed.application.owner.id, fullName: appealed.application.owner.fullName };
    expect(await appealed.decisions.appeal(owner, appealed.application.id, "Please look again")).toBe("appealed");
    const deadline = async (id: string) =>
      (await t.prisma.decision.findFirstOrThrow({ where: { applicationId: id } })).appealBy;
    expect(await deadline(open.application.id)).toBe("2027-04-23");

    // A Saturday was never a working day, and a date after the deadline was not counted.
    for (const date of ["2027-04-17", "2027-04-28"]) {
      const added = await lead.submit("/admin/bank-holidays", "/admin/bank-holidays", { date });
      expect(added.headers.location).toBe("/admin/bank-holidays?moved=0");
    }
    expect(await deadline(open.application.id)).toBe("2027-04-23");

    const added = await lead.submit("/admin/bank-holidays", "/admin/bank-holidays", { date: "2027-04-14" });
    expect(added.headers.location).toBe("/admin/bank-holidays?moved=1");
    expect((await lead.get(added.headers.location!)).text).toContain(
      "1 open appeal deadline moved one working day later.",
    );
    expect(await deadline(open.application.id)).toBe("2027-04-26");
    // An appeal already made keeps the deadline it was made under.
    expect(await deadline(appealed.application.id)).toBe("2027-04-23");
    const history = await lead.get(`/admin/applications/${open.application.id}/history`);
    expect(history.text).toContain("decision.appeal-deadline.move");
  });
});
