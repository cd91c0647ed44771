import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

async function reviewed(name: string, score: number | number[] = 4, themes = ["social"]) {
  const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
  const application = await submittedApplication(t, { name, themes });
  const assignmentId = await assign(t, lead, application.id, assessor.user.id);
  await completeReview(assessor.visitor, assignmentId, score, themes);
  return { lead, assessor, application, assignmentId };
}

const decide = (
  lead: Awaited<ReturnType<typeof reviewed>>["lead"],
  id: string,
  fields: Record<string, string | string[]>,
) => lead.submit(`/admin/applications/${id}/decision`, `/admin/applications/${id}/decision`, fields);

describe("deciding", () => {
  it("refuses to decide before any review is submitted", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
    const application = await submittedApplication(t, { name: "Early Org" });
    const notAssigned = await lead.get(`/admin/applications/${application.id}/decision`);
    expect(notAssigned.status).toBe(409);
    expect(notAssigned.text).toContain("Only an application in assessment can be decided");
    await assign(t, lead, application.id, assessor.user.id);
    const page = await lead.get(`/admin/applications/${application.id}`);
    expect(page.text).toContain("At least one assessor must submit a review");
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    const forced = await lead.post(`/admin/applications/${application.id}/decision`, {
      _csrf: token,
      outcome: "AWARDED",
      recognisedThemes: "SOCIAL",
      feedback: "Well done",
    });
    expect(forced.status).toBe(409);
    expect(forced.text).toContain("At least one assessor must submit a review");
  });

  it("starts the feedback from the assessors' reasons and suggests the recognised themes", async () => {
    const { lead, application } = await reviewed("Suggest Org", 4);
    const form = await lead.get(`/admin/applications/${application.id}/decision`);
    expect(form.status).toBe(200);
    expect(form.text).toContain("Clear evidence in the answers. (outcome)");
    expect(form.text).not.toContain("Ann Assessor");
    expect(form.text).toMatch(/value="SOCIAL" checked/);
  });

  it("checks the decision agrees with the recognised themes", async () => {
    const { lead, application } = await reviewed("Mismatch Org", 4);
    const blank = await decide(lead, application.id, { feedback: "" });
    expect(blank.status).toBe(400);
    expect(blank.text).toContain('href="#outcome"');
    expect(blank.text).toContain('href="#feedback"');
    const noTheme = await decide(lead, application.id, { outcome: "AWARDED", feedback: "Good work" });
    expect(noTheme.status).toBe(400);
    expect(noTheme.text).toContain("Select at least one recognised theme");
    expect(noTheme.text).toContain("Good work");
    const contradictory = await decide(lead, application.id, {
      outcome: "NOT_AWARDED",
      recognisedThemes: "SOCIAL",
      feedback: "Sorry",
    });
    expect(contradictory.status).toBe(400);
    expect(contradictory.text).toContain("choose Awarded, or recognise no theme");
    const unchosen = await decide(lead, application.id, {
      outcome: "AWARDED",
      recognisedThemes: ["SOCIAL", "ECONOMIC"],
      feedback: "Good",
    });
    expect(unchosen.status).toBe(400);
  });

  it("awards: closes the application, creates the award, emails the organisation and shows it on the status page", async () => {
    const { lead, application } = await reviewed("Winner Org", 4);
    const response = await decide(lead, application.id, {
      outcome: "AWARDED",
      recognisedThemes: "SOCIAL",
      feedback: "Strong, well-evidenced outcomes for young people.",
    });
    expect(response.status).toBe(303);
    const stored = await t.prisma.application.findUniqueOrThrow({
      where: { id: application.id },
      include: { award: true },
    });
    expect(stored.status).toBe("AWARDED");
    expect(stored.liveKey).toBeNull();
    expect(stored.award?.themes).toBe("SOCIAL");
    const years = stored.award!.expiresAt.getUTCFullYear() - stored.award!.awardedAt.getUTCFullYear();
    expect(years).toBe(5);
    const mail = t.outbox().find((m) => m.to.includes(application.owner.email));
    expect(mail?.subject).toContain("Awarded");
    expect(mail?.text).toContain("Strong, well-evidenced outcomes");

    const status = await application.applicant.get(`/applications/${application.id}/status`);
    expect(status.text).toContain("Decision: Awarded");
    expect(status.text).toContain("Strong, well-evidenced outcomes for young people.");
    expect(status.text).toContain("See and print your certificate");
    // Scores and assessors stay private unless published.
    expect(status.text).not.toContain("Ann Assessor");
    expect(status.text).not.toContain("The assessors' scores");
    // The organisation can apply again.
    const again = await application.applicant.get("/apply");
    expect(again.status).toBe(200);

    const history = await lead.get(`/admin/applications/${application.id}/history`);
    expect(history.text).toContain("decision.record");
    expect(history.text).toContain("award.create");

    const twice = await decide(lead, application.id, { outcome: "AWARDED", recognisedThemes: "SOCIAL", feedback: "x" });
    expect(twice.status).toBe(409);
  });

  it("keeps the assessor's finished review on their page once the application is decided", async () => {
    const { lead, application, assessor, assignmentId } = await reviewed("Remembered Org", 4);
    const before = await assessor.visitor.get("/assessor");
    expect(before.text).toContain("Reviews you submit appear here");
    await decide(lead, application.id, { outcome: "AWARDED", recognisedThemes: "SOCIAL", feedback: "Well done." });
    const after = await assessor.visitor.get("/assessor");
    const completed = after.text.slice(after.text.indexOf('id="completed"'));
    expect(completed).toContain("Remembered Org");
    expect(completed).toContain(`href="/assessor/reviews/${assignmentId}"`);
    expect(completed).toContain("Awarded");
    // Another assessor's page does not list it.
    const other = await signedInAs(t, "ASSESSOR", "Olly Other");
    expect((await other.visitor.get("/assessor")).text).not.toContain("Remembered Org");
  });

  it("shows the assessors' scores, without names, only when the lead publishes them", async () => {
    const { lead, application } = await reviewed("Published Org", 1);
    await decide(lead, application.id, {
      outcome: "NOT_AWARDED",
      feedback: "Not enough evidence yet.",
      scoresPublished: "yes",
    });
    const status = await application.applicant.get(`/applications/${application.id}/status`);
    expect(status.text).toContain("The assessors' scores");
    expect(status.text).toContain("Assessor 1");
    expect(status.text).not.toContain("Ann Assessor");
    // Each criterion's row holds its name, the score and the assessor's reason.
    const rows = [
      ...status.text.matchAll(
        /<tr class="govuk-table__row"><th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)<\/td><td[^>]*>([^<]+)<\/td>/g,
      ),
    ];
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ["Outcome for stakeholders", "1 of 4", "Clear evidence in the answers. (outcome)"],
      ["Scale and reach", "1 of 4", "Clear evidence in the answers. (scale)"],
      ["Local benefit and focus on inequalities", "1 of 4", "Clear evidence in the answers. (localBenefit)"],
      ["Evidence quality", "1 of 4", "Clear evidence in the answers. (evidence)"],
      ["Sustainability and timeliness", "1 of 4", "Clear evidence in the answers. (sustainability)"],
    ]);
  });

  it("asks for revisions: the application opens again for the organisation, with the lead's notes", async () => {
    const { lead, application, assessor, assignmentId } = await reviewed("Revise Org", 2);
    const response = await decide(lead, application.id, {
      outcome: "REVISIONS_REQUESTED",
      feedback: "Please add numbers for the Wirral work.",
    });
    expect(response.status).toBe(303);
    const stored = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("REVISIONS_REQUESTED");
    expect(stored.liveKey).not.toBeNull();
    const status = await application.applicant.get(`/applications/${application.id}/status`);
    expect(status.text).toContain("Please add numbers for the Wirral work.");
    expect(status.text).toContain("Change your answers and resubmit");
    const tasks = await application.applicant.get(`/applications/${application.id}`);
    expect(tasks.status).toBe(200);
    // The task list itself says what to change.
    expect(tasks.text).toMatch(/id="revision-feedback">Please add numbers for the Wirral work\.</);
    // The old round's assignment is closed, so the assessor no longer sees it.
    expect((await assessor.visitor.get(`/assessor/reviews/${assignmentId}`)).status).toBe(404);
    // Resubmitted, it keeps its reference and comes back to the queue.
    const resubmit = await application.applicant.submit(
      `/applications/${application.id}/check-answers`,
      `/applications/${application.id}/submit`,
      {},
    );
    expect(resubmit.status).toBe(303);
    const after = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.status).toBe("SUBMITTED");
    expect(after.reference).toBe(stored.reference);
    await assign(t, lead, application.id, assessor.user.id);
  });

  it("is the lead's alone, and the status page of another organisation answers 404", async () => {
    const { application, assessor } = await reviewed("Private Org", 4);
    expect((await assessor.visitor.get(`/admin/applications/${application.id}/decision`)).status).toBe(403);
    expect((await application.applicant.get(`/admin/applications/${application.id}/decision`)).status).toBe(403);
    const other = await submittedApplication(t, { name: "Nosy Org" });
    expect((await other.applicant.get(`/applications/${application.id}/status`)).status).toBe(404);
    expect((await other.applicant.get(`/applications/${application.id}/appeal`)).status).toBe(404);
  });
});
