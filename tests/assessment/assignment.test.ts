import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember } from "../helpers/applications.js";
import { assign, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

describe("the lead's queue", () => {
  it("lists submitted applications with counts, filters, sorting and pages; never drafts", async () => {
    // The counts and pages are of every application, so this test has a database of its own.
    const local = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
    try {
      const { visitor: lead } = await signedInAs(local, "PROGRAMME_LEAD", "Lee Lead");
      const first = await submittedApplication(local, { name: "Alpha Trust", themes: ["social"] });
      const second = await submittedApplication(local, { name: "Beta Works", themes: ["economic"] });
      const queue = await lead.get("/admin/applications");
      expect(queue.status).toBe(200);
      expect(queue.text).toContain("Alpha Trust");
      expect(queue.text).toContain("Beta Works");
      expect(queue.text).toMatch(/id="count-submitted">2</);

      const byTheme = await lead.get("/admin/applications?theme=ECONOMIC");
      expect(byTheme.text).toContain("Beta Works");
      expect(byTheme.text).not.toContain("Alpha Trust");

      const bySector = await lead.get("/admin/applications?sector=BUSINESS");
      expect(bySector.text).toContain("No applications match");

      const byPlace = await lead.get("/admin/applications?place=LIVERPOOL&sort=organisation");
      expect(byPlace.text.indexOf("Alpha Trust")).toBeLessThan(byPlace.text.indexOf("Beta Works"));
      const newest = await lead.get("/admin/applications?sort=newest");
      expect(newest.text.indexOf("Beta Works")).toBeLessThan(newest.text.indexOf("Alpha Trust"));

      // Twenty-one more applications make a second page.
      const org = await local.prisma.organisation.findFirstOrThrow({ where: { name: "Alpha Trust" } });
      for (let i = 0; i < 21; i += 1) {
        await local.prisma.application.create({
          data: {
            organisationId: org.id,
            createdById: "seed",
            status: "SUBMITTED",
            reference: `SVA-2020-${String(i).padStart(4, "0")}`,
            orgName: `Paged Org ${String(i).padStart(2, "0")}`,
            submittedAt: new Date(Date.UTC(2020, 0, 1 + i)),
          },
        });
      }
      const page1 = await lead.get("/admin/applications");
      expect(page1.text).toContain("page 1 of 2");
      expect(page1.text).toMatch(/href="\/admin\/applications\?sort=oldest&amp;page=2"/);
      const page2 = await lead.get("/admin/applications?page=2");
      expect(page2.text).toContain("Beta Works");
      expect(page2.text).not.toContain("Paged Org 00");
      const draft = await local.prisma.application.count({ where: { status: "DRAFT" } });
      expect(draft).toBe(0);
      expect(first.id).not.toBe(second.id);
    } finally {
      await local.close();
    }
  });

  it("is for the lead only", async () => {
    const { visitor: assessor } = await signedInAs(t, "ASSESSOR", "Ada Assessor");
    expect((await assessor.get("/admin/applications")).status).toBe(403);
    const { applicant, id } = await submittedApplication(t, { name: "Gamma Group" });
    expect((await applicant.get("/admin/applications")).status).toBe(403);
    expect((await applicant.get(`/admin/applications/${id}`)).status).toBe(403);
    expect((await applicant.get(`/admin/applications/${id}/history`)).status).toBe(403);
    // The assessor's pages are for assessors: neither applicants nor the lead score.
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    expect((await applicant.get("/assessor")).status).toBe(403);
    expect((await lead.get("/assessor")).status).toBe(403);
    const signedOut = await new Visitor(t.app).get("/admin/applications");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toContain("/sign-in");
  });
});

describe("assigning assessors", () => {
  it("assigns by hand, moves the application into assessment, emails the assessor and records it", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const { user: ada } = await signedInAs(t, "ASSESSOR", "Ada Hand", "ada@cheshireeast.gov.uk");
    const { id } = await submittedApplication(t, { name: "Delta Care" });
    await assign(t, lead, id, ada.id);
    const application = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(application.status).toBe("IN_ASSESSMENT");
    expect(t.outbox().some((m) => m.to.includes(ada.email) && m.subject.includes("assigned to you"))).toBe(true);
    const history = await lead.get(`/admin/applications/${id}/history`);
    expect(history.text).toContain("assessment.assign");
    expect(history.text).toContain("IN_ASSESSMENT");

    const again = await lead.submit(`/admin/applications/${id}`, `/admin/applications/${id}/assign`, {
      assessorId: ada.id,
    });
    expect(again.status).toBe(400);
    expect(again.text).toContain("already assigned");
    expect(again.text).toContain('href="#assessorId"');
  });

  it("blocks a member of the organisation and an assessor at its email domain, but not at a public mail domain", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const { id, organisation } = await submittedApplication(t, { name: "Epsilon Housing" });
    const insider = await addMember(t.prisma, organisation.id, "Ian Insider");
    await t.prisma.user.update({ where: { id: insider.id }, data: { role: "ASSESSOR", email: "ian@epsilon.org.uk" } });
    const colleague = await createUser(t.prisma, {
      role: "ASSESSOR",
      email: "cara@epsilon.org.uk",
      fullName: "Cara Colleague",
    });
    // The organisation's member also has a gmail address: sharing gmail.com is no conflict.
    await addMember(t.prisma, organisation.id, "Gil Gmail").then((m) =>
      t.prisma.user.update({ where: { id: m.id }, data: { email: "gil@gmail.com" } }),
    );
    const outsider = await createUser(t.prisma, { role: "ASSESSOR", email: "olu@gmail.com", fullName: "Olu Outsider" });

    const member = await lead.submit(`/admin/applications/${id}`, `/admin/applications/${id}/assign`, {
      assessorId: insider.id,
    });
    expect(member.status).toBe(400);
    expect(member.text).toContain("member of the applicant organisation");
    const sameDomain = await lead.submit(`/admin/applications/${id}`, `/admin/applications/${id}/assign`, {
      assessorId: colleague.id,
    });
    expect(sameDomain.status).toBe(400);
    expect(sameDomain.text).toContain("epsilon.org.uk");
    await assign(t, lead, id, outsider.id);
    expect(await t.prisma.assignment.count({ where: { applicationId: id } })).toBe(1);
  });

  it("auto-assigns to the eligible assessor with the fewest open reviews", async () => {
    const local = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
    try {
      const { visitor: lead } = await signedInAs(local, "PROGRAMME_LEAD", "Lee Lead");
      const busy = await createUser(local.prisma, {
        role: "ASSESSOR",
        email: "busy@wirral.gov.uk",
        fullName: "Bea Busy",
      });
      const free = await createUser(local.prisma, {
        role: "ASSESSOR",
        email: "free@halton.gov.uk",
        fullName: "Fay Free",
      });
      const a = await submittedApplication(local, { name: "Org A" });
      await assign(local, lead, a.id, busy.id);
      const b = await submittedApplication(local, { name: "Org B" });
      const c = await submittedApplication(local, { name: "Org C" });
      const response = await lead.submit("/admin/applications", "/admin/applications/auto-assign", {});
      expect(response.status).toBe(303);
      const onB = await local.prisma.assignment.findFirstOrThrow({ where: { applicationId: b.id } });
      const onC = await local.prisma.assignment.findFirstOrThrow({ where: { applicationId: c.id } });
      // Fay had none open, so she takes B; then both have one, and Bea (first by name) takes C.
      expect(onB.assessorId).toBe(free.id);
      expect(onC.assessorId).toBe(busy.id);
      expect(onB.autoAssigned).toBe(true);
      const page = await lead.get(
        `/admin/applications?${new URL(`http://x${response.headers.location}`).search.slice(1)}`,
      );
      expect(page.text).toContain("Assigned 2 applications automatically.");
      expect(page.text).not.toContain("(s)");
    } finally {
      await local.close();
    }
  });
});

describe("declaring a conflict of interest", () => {
  it("shows nothing of the application until the assessor declares no conflict", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const { user, visitor: assessor } = await signedInAs(t, "ASSESSOR", "Nia Newcomer");
    const { id } = await submittedApplication(t, { name: "Zeta Youth" });
    const assignmentId = await assign(t, lead, id, user.id);
    const before = await assessor.get(`/assessor/reviews/${assignmentId}`);
    expect(before.text).toContain("Do you have a conflict of interest?");
    expect(before.text).not.toContain("Forty young people");
    expect((await assessor.get(`/assessor/reviews/${assignmentId}/themes/social`)).status).toBe(303);
    const blank = await assessor.submit(
      `/assessor/reviews/${assignmentId}`,
      `/assessor/reviews/${assignmentId}/declaration`,
      {},
    );
    expect(blank.status).toBe(400);
    expect(blank.text).toContain('href="#conflict"');
    const ok = await assessor.submit(
      `/assessor/reviews/${assignmentId}`,
      `/assessor/reviews/${assignmentId}/declaration`,
      {
        conflict: "no",
      },
    );
    expect(ok.status).toBe(303);
    const theme = await assessor.get(`/assessor/reviews/${assignmentId}/themes/social`);
    expect(theme.text).toContain("Forty young people");
  });

  it("hands a declared conflict back to the lead, who is told and can reassign", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const { user, visitor: assessor } = await signedInAs(t, "ASSESSOR", "Cal Conflicted");
    const { id } = await submittedApplication(t, { name: "Eta Arts" });
    const assignmentId = await assign(t, lead, id, user.id);
    const noReason = await assessor.submit(
      `/assessor/reviews/${assignmentId}`,
      `/assessor/reviews/${assignmentId}/declaration`,
      { conflict: "yes", conflictReason: "" },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('href="#conflictReason"');
    const declared = await assessor.submit(
      `/assessor/reviews/${assignmentId}`,
      `/assessor/reviews/${assignmentId}/declaration`,
      { conflict: "yes", conflictReason: "My sister chairs its board" },
    );
    expect(declared.status).toBe(303);
    expect(t.outbox()[0]?.subject).toContain("Conflict of interest declared");
    const page = await lead.get(`/admin/applications/${id}`);
    expect(page.text).toContain("My sister chairs its board");
    expect(await t.deps.assessment.isAssignedAssessor(user.id, id)).toBe(false);
    // The same assessor cannot be put back on it.
    const back = await lead.submit(`/admin/applications/${id}`, `/admin/applications/${id}/assign`, {
      assessorId: user.id,
    });
    expect(back.status).toBe(400);
    expect(back.text).toContain("declared a conflict of interest");
    expect((await assessor.get(`/assessor/reviews/${assignmentId}/themes/social`)).status).toBe(303);
  });
});

describe("who may see an assignment", () => {
  it("answers 404 to another assessor, and isAssignedAssessor is true only for a declared, current assignment", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const { user: mine, visitor: me } = await signedInAs(t, "ASSESSOR", "Mo Mine");
    const { visitor: other, user: otherUser } = await signedInAs(t, "ASSESSOR", "Ola Other");
    const { id } = await submittedApplication(t, { name: "Theta Sports" });
    const assignmentId = await assign(t, lead, id, mine.id);
    expect(await t.deps.assessment.isAssignedAssessor(mine.id, id)).toBe(false);
    await me.submit(`/assessor/reviews/${assignmentId}`, `/assessor/reviews/${assignmentId}/declaration`, {
      conflict: "no",
    });
    expect(await t.deps.assessment.isAssignedAssessor(mine.id, id)).toBe(true);
    expect(await t.deps.assessment.isAssignedAssessor(otherUser.id, id)).toBe(false);
    expect((await other.get(`/assessor/reviews/${assignmentId}`)).status).toBe(404);
    expect((await other.get(`/assessor/reviews/${assignmentId}/themes/social`)).status).toBe(404);
    const page = await me.get(`/assessor/reviews/${assignmentId}`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    expect((await other.post(`/assessor/reviews/${assignmentId}/themes/social`, { _csrf: token })).status).toBe(403);
    expect((await other.get("/assessor")).text).not.toContain("Theta Sports");
    // Taken off by the lead: no longer assigned.
    // The lead is asked first; the question alone changes nothing.
    const confirmPath = `/admin/assignments/${assignmentId}/unassign`;
    const asked = await lead.get(confirmPath);
    expect(asked.status).toBe(200);
    expect(asked.text).toMatch(/Take [^<]+ off this application\?/);
    const unconfirmed = await lead.submit(confirmPath, confirmPath, {});
    expect(unconfirmed.status).toBe(200);
    expect(await t.deps.assessment.isAssignedAssessor(mine.id, id)).toBe(true);
    const unassign = await lead.submit(confirmPath, confirmPath, { confirm: "yes" });
    expect(unassign.status).toBe(303);
    expect(await t.prisma.auditEvent.count({ where: { action: "assessment.unassign", subjectId: id } })).toBe(1);
    expect(await t.deps.assessment.isAssignedAssessor(mine.id, id)).toBe(false);
    expect((await me.get(`/assessor/reviews/${assignmentId}`)).status).toBe(404);
  });
});
