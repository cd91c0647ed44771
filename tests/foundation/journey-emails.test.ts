import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { fixturePasswords } from "../helpers/passwords.js";

// Every step a person waits on sends an email to whoever acts next, with dates written as the
// pages write them. The app's clock is the test's, so the deadlines in the emails are known.

const now = new Date("2027-01-11T10:00:00Z");
let t: TestApp;
let lead: Awaited<ReturnType<typeof signedInAs>>;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" }, { passwords: fixturePasswords, clock: () => now });
  lead = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
});
afterAll(async () => {
  await t?.close();
});

const mailsTo = (email: string) => t.outbox().filter((m) => m.to.includes(email));
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

async function reviewed(name: string, score = 1) {
  const assessor = await signedInAs(t, "ASSESSOR", `${name} Assessor`);
  const application = await submittedApplication(t, { name });
  const assignmentId = await assign(t, lead.visitor, application.id, assessor.user.id);
  await completeReview(assessor.visitor, assignmentId, score);
  return application;
}

describe("emails along the award's journey", () => {
  it("tells the lead of a submitted review", async () => {
    const application = await reviewed("Reviewed Org", 4);
    const mail = mailsTo(lead.user.email).find((m) => m.subject.startsWith("Review submitted"));
    expect(mail?.text).toContain("Reviewed Org");
    expect(mail?.text).toContain(`/admin/applications/${application.id}`);
  });

  it("tells the organisation its appeal has arrived, with the deadline written as on the pages", async () => {
    const application = await reviewed("Appealing Org");
    const decided = await lead.visitor.submit(
      `/admin/applications/${application.id}/decision`,
      `/admin/applications/${application.id}/decision`,
      { outcome: "NOT_AWARDED", feedback: "Not enough evidence yet." },
    );
    expect(decided.status).toBe(303);
    const decision = mailsTo(application.owner.email).find((m) => m.subject.startsWith("Decision on"));
    expect(decision?.text).toMatch(/appeal until the end of \d{1,2} (January|February) 2027\./);
    expect(decision?.text).not.toMatch(ISO_DATE);

    const sent = await application.applicant.submit(
      `/applications/${application.id}/appeal`,
      `/applications/${application.id}/appeal`,
      { appealReason: "The assessor missed our Sefton figures." },
    );
    expect(sent.status).toBe(303);
    const received = mailsTo(application.owner.email).find((m) => m.subject.startsWith("We have received your appeal"));
    expect(received?.text).toContain("The assessor missed our Sefton figures.");
  });

  it("confirms a withdrawal to the organisation and tells the lead", async () => {
    const application = await submittedApplication(t, { name: "Withdrawing Org" });
    const base = `/applications/${application.id}`;
    const withdrawn = await application.applicant.submit(`${base}/withdraw`, `${base}/withdraw`, {
      withdrawalReason: "Restructuring",
      confirm: "yes",
    });
    expect(withdrawn.status).toBe(303);
    expect(mailsTo(application.owner.email).find((m) => m.subject.endsWith("withdrawn"))?.text).toContain(
      "Restructuring",
    );
    expect(mailsTo(lead.user.email).some((m) => m.subject.startsWith("Withdrawing Org withdrew"))).toBe(true);
  });

  it("tells the lead of a request to sign the charter", async () => {
    const application = await submittedApplication(t, { name: "Signing Org" });
    const sent = await application.applicant.submit("/charter/sign", "/charter/sign", {
      organisationId: application.organisation.id,
      sponsorName: "Dana Sponsor",
      sponsorRole: "Chief Executive",
      pledge: "We will buy locally.",
    });
    expect(sent.status).toBe(303);
    const mail = mailsTo(lead.user.email).find((m) => m.subject === "Signing Org has asked to sign the charter");
    expect(mail?.text).toContain("Dana Sponsor");
    expect(mail?.text).toMatch(/\/admin\/charter\/\w+/);
  });

  it("tells the organisation once when its award expires", async () => {
    const application = await reviewed("Expiring Org", 4);
    await lead.visitor.submit(
      `/admin/applications/${application.id}/decision`,
      `/admin/applications/${application.id}/decision`,
      { outcome: "AWARDED", recognisedThemes: "SOCIAL", feedback: "Well evidenced." },
    );
    const award = await t.prisma.award.findUniqueOrThrow({ where: { applicationId: application.id } });
    const after = new Date(award.expiresAt.getTime() + 60_000);
    await Promise.all([t.deps.jobs.run(after), t.deps.jobs.run(after)]);
    await t.deps.jobs.run(new Date(after.getTime() + 24 * 60 * 60_000));
    const expired = mailsTo(application.owner.email).filter((m) => m.subject === "Your Social Value Award has expired");
    expect(expired).toHaveLength(1);
    expect(expired[0]?.text).toMatch(/ended on \d{1,2} [A-Z][a-z]+ \d{4}\./);
  });
});
