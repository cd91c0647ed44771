import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, completeReview, scoreFields, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { csrfTokenIn } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

async function setUp(name: string, themes = ["social"]) {
  const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  const first = await signedInAs(t, "ASSESSOR", "Ann First");
  const second = await signedInAs(t, "ASSESSOR", "Bob Second");
  const application = await submittedApplication(t, { name, themes });
  return { lead, first, second, application };
}

describe("scoring a theme", () => {
  it("saves a draft as typed, shows the weighted score, and asks for every score and reason", async () => {
    const { lead, first, application } = await setUp("Draft Org");
    const id = await assign(t, lead, application.id, first.user.id);
    const base = `/assessor/reviews/${id}`;
    await first.visitor.submit(base, `${base}/declaration`, { conflict: "no" });

    const partial = await first.visitor.submit(`${base}/themes/social`, `${base}/themes/social`, {
      action: "continue",
      "score-outcome": "4",
      "reason-outcome": "Strong, specific outcomes",
      "score-scale": "9",
    });
    expect(partial.status).toBe(400);
    expect(partial.text).toContain("Error: Score the Social theme");
    expect(partial.text).toContain('href="#score-scale"');
    expect(partial.text).toContain('href="#reason-scale"');
    expect(partial.text).toContain("Strong, specific outcomes");
    // The outcome alone is 30% of the weight.
    expect(partial.text).toContain("Weighted score so far: <strong>30%</strong>");

    const draft = await first.visitor.submit(`${base}/themes/social`, `${base}/themes/social`, {
      ...scoreFields([4, 3, 3, 2, 2]),
      action: "draft",
    });
    expect(draft.status).toBe(303);
    const shown = await first.visitor.get(draft.headers.location!);
    // 30 + 15 + 15 + 10 + 5 = 75
    expect(shown.text).toContain("Weighted score so far: <strong>75%</strong>: meets the standard for recognition");
    expect(shown.text).toMatch(/value="4" checked/);

    const early = await first.visitor.get(base);
    expect(early.text).toContain("Submit review");
    const history = await lead.get(`/admin/applications/${application.id}/history`);
    expect(history.text).toContain("review.score");
  });

  it("will not submit until every chosen theme is complete, then locks the scores", async () => {
    const { lead, first, application } = await setUp("Two Theme Org", ["social", "economic"]);
    const id = await assign(t, lead, application.id, first.user.id);
    const base = `/assessor/reviews/${id}`;
    await first.visitor.submit(base, `${base}/declaration`, { conflict: "no" });
    await first.visitor.submit(`${base}/themes/social`, `${base}/themes/social`, scoreFields(3));
    const page = await first.visitor.get(base);
    const tooSoon = await first.visitor.post(`${base}/submit`, { _csrf: csrfTokenIn(page.text) });
    expect(tooSoon.status).toBe(400);
    expect(tooSoon.text).toContain("Economic");
    expect(tooSoon.text).toContain('href="#submit-review"');

    await first.visitor.submit(`${base}/themes/economic`, `${base}/themes/economic`, scoreFields(3));
    const submitted = await first.visitor.post(`${base}/submit`, { _csrf: csrfTokenIn(page.text) });
    expect(submitted.status).toBe(303);
    const after = await first.visitor.submit(`${base}`, `${base}/themes/social`, scoreFields(0));
    expect(after.status).toBe(409);
    expect(after.text).toContain("can no longer be changed");
    const twice = await first.visitor.post(`${base}/submit`, { _csrf: csrfTokenIn(page.text) });
    expect(twice.status).toBe(409);
    const stored = await t.prisma.reviewScore.findMany({ where: { assignmentId: id, theme: "SOCIAL" } });
    expect(stored.every((s) => s.score === 3)).toBe(true);
  });
});

describe("other assessors' reviews", () => {
  it("are hidden until the assessor submits their own, and never show names", async () => {
    const { lead, first, second, application } = await setUp("Visibility Org");
    const a = await assign(t, lead, application.id, first.user.id);
    const b = await assign(t, lead, application.id, second.user.id);
    await completeReview(first.visitor, a, 4, ["social"]);

    await second.visitor.submit(`/assessor/reviews/${b}`, `/assessor/reviews/${b}/declaration`, { conflict: "no" });
    const before = await second.visitor.get(`/assessor/reviews/${b}`);
    expect(before.text).not.toContain("Other assessor 1");
    expect(before.text).not.toContain("(outcome)");
    const scoring = await second.visitor.get(`/assessor/reviews/${b}/themes/social`);
    expect(scoring.text).not.toContain("Clear evidence in the answers. (outcome)");

    await second.visitor.submit(
      `/assessor/reviews/${b}/themes/social`,
      `/assessor/reviews/${b}/themes/social`,
      scoreFields(2),
    );
    const page = await second.visitor.get(`/assessor/reviews/${b}`);
    await second.visitor.post(`/assessor/reviews/${b}/submit`, { _csrf: csrfTokenIn(page.text) });
    const after = await second.visitor.get(`/assessor/reviews/${b}`);
    expect(after.text).toContain("Other assessor 1");
    expect(after.text).toContain("Clear evidence in the answers. (outcome)");
    expect(after.text).not.toContain("Ann First");

    // The lead sees both side by side, with the combined result: (100 + 50) / 2.
    const leadPage = await lead.get(`/admin/applications/${application.id}`);
    expect(leadPage.text).toContain("Ann First (submitted)");
    expect(leadPage.text).toContain("Bob Second (submitted)");
    expect(leadPage.text).toMatch(/id="combined-social">Submitted reviews combined: <strong>75%<\/strong>/);
  });
});

describe("the borderline band", () => {
  it("flags the application for a second assessor, and assigning one clears the flag", async () => {
    const { lead, first, second, application } = await setUp("Borderline Org");
    const a = await assign(t, lead, application.id, first.user.id);
    // 2,3,3,2,2 -> 60%, inside 55-65.
    await completeReview(first.visitor, a, [2, 3, 3, 2, 2]);
    const flagged = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(flagged.secondAssessorNeeded).toBe(true);
    const queue = await lead.get("/admin/applications");
    expect(queue.text).toContain("Borderline: second assessor needed");
    const mine = await first.visitor.get(`/assessor/reviews/${a}?notice=submitted-borderline`);
    expect(mine.text).toContain("borderline band");
    await assign(t, lead, application.id, second.user.id);
    const cleared = await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(cleared.secondAssessorNeeded).toBe(false);
  });

  it("does not flag a clear result, and follows the band the lead sets", async () => {
    const { lead, first, application } = await setUp("Clear Org");
    const a = await assign(t, lead, application.id, first.user.id);
    await completeReview(first.visitor, a, 4);
    expect((await t.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).secondAssessorNeeded).toBe(
      false,
    );
    const award = await t.deps.settings.get("award");
    await t.deps.settings.set(
      "award",
      { ...award, borderlineLowPercent: 90, borderlineHighPercent: 100 },
      first.user.id,
    );
    const next = await setUp("Wide Band Org");
    const b = await assign(t, next.lead, next.application.id, next.first.user.id);
    await completeReview(next.first.visitor, b, 4);
    expect(
      (await t.prisma.application.findUniqueOrThrow({ where: { id: next.application.id } })).secondAssessorNeeded,
    ).toBe(true);
    await t.deps.settings.set("award", award, first.user.id);
  });
});

describe("returning a review", () => {
  it("sends it back to the assessor with the lead's comment, who can change and resubmit it", async () => {
    const { lead, first, application } = await setUp("Returned Org");
    const a = await assign(t, lead, application.id, first.user.id);
    await completeReview(first.visitor, a, 3);
    const empty = await lead.submit(`/admin/assignments/${a}/return`, `/admin/assignments/${a}/return`, {
      returnComment: " ",
    });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#returnComment"');
    const returned = await lead.submit(`/admin/assignments/${a}/return`, `/admin/assignments/${a}/return`, {
      returnComment: "Please look again at the evidence quality",
    });
    expect(returned.status).toBe(303);
    expect(t.outbox()[0]?.text).toContain("Please look again at the evidence quality");
    const page = await first.visitor.get(`/assessor/reviews/${a}`);
    expect(page.text).toContain("Please look again at the evidence quality");
    const changed = await first.visitor.submit(
      `/assessor/reviews/${a}/themes/social`,
      `/assessor/reviews/${a}/themes/social`,
      scoreFields([3, 3, 3, 2, 3]),
    );
    expect(changed.status).toBe(303);
    const again = await first.visitor.get(`/assessor/reviews/${a}`);
    expect((await first.visitor.post(`/assessor/reviews/${a}/submit`, { _csrf: csrfTokenIn(again.text) })).status).toBe(
      303,
    );
  });
});

describe("out of order", () => {
  it("refuses scoring before the declaration, and scoring an application no longer in assessment", async () => {
    const { lead, first, application } = await setUp("Order Org");
    const a = await assign(t, lead, application.id, first.user.id);
    const page = await first.visitor.get(`/assessor/reviews/${a}`);
    const token = csrfTokenIn(page.text);
    const early = await first.visitor.post(`/assessor/reviews/${a}/themes/social`, { _csrf: token, ...scoreFields(3) });
    expect(early.status).toBe(409);
    expect(early.text).toContain("Declare whether you have a conflict of interest");
    await first.visitor.post(`/assessor/reviews/${a}/declaration`, { _csrf: token, conflict: "no" });
    await t.prisma.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN", liveKey: null } });
    const late = await first.visitor.post(`/assessor/reviews/${a}/themes/social`, { _csrf: token, ...scoreFields(3) });
    expect(late.status).toBe(409);
    expect(late.text).toContain("no longer being assessed");
  });

  it("refuses assigning to an application not awaiting assessment", async () => {
    const { lead, first, application } = await setUp("Withdrawn Org");
    await t.prisma.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN", liveKey: null } });
    const response = await lead.submit(
      `/admin/applications/${application.id}`,
      `/admin/applications/${application.id}/assign`,
      { assessorId: first.user.id },
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain("only be assigned to an application awaiting assessment");
  });
});
