import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../helpers/pdf.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { csrfTokenIn, Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

async function awarded(name: string) {
  const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
  const application = await submittedApplication(t, { name, themes: ["social", "economic"] });
  const assignmentId = await assign(t, lead, application.id, assessor.user.id);
  await completeReview(assessor.visitor, assignmentId, 4, ["social", "economic"]);
  const decided = await lead.submit(
    `/admin/applications/${application.id}/decision`,
    `/admin/applications/${application.id}/decision`,
    { outcome: "AWARDED", recognisedThemes: ["SOCIAL", "ECONOMIC"], feedback: "Excellent." },
  );
  expect(decided.status).toBe(303);
  const award = await t.prisma.award.findUniqueOrThrow({ where: { applicationId: application.id } });
  return { lead, assessor, application, award };
}

describe("the certificate", () => {
  it("names the organisation and recognised themes, links to verification, and downloads as a PDF", async () => {
    const { application, award, lead, assessor } = await awarded("Certified Org");
    const page = await application.applicant.get(`/awards/${award.id}/certificate`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="certificate-organisation">Certified Org<');
    expect(page.text).toContain("Social, Economic themes");
    expect(page.text).toContain(`/verify/${award.certificateCode}`);
    // The certificate check itself, for a reader who has only the code.
    expect(page.text).toContain(
      'or enter its code at <a class="govuk-link" id="check-link" href="http://localhost:3000/verify">http://localhost:3000/verify</a>',
    );
    expect(award.certificateCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const pdf = await application.applicant.raw("get", `/awards/${award.id}/certificate.pdf`).buffer(true);
    expect(pdf.status).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toContain("attachment");
    const read = await readPdf(pdf.body as Buffer);
    expect(read.pages).toHaveLength(1);
    expect(read.title).toBe("Social Value Award certificate: Certified Org");
    const lines = read.pages[0]!.split("\n");
    expect(lines).toContain("Certified Org");
    expect(lines).toContain("Social, Economic themes");
    expect(lines).toContain(`Certificate ${award.certificateCode}`);
    expect(read.pages[0]).toContain(`/verify/${award.certificateCode}`);
    expect(lines).toContain("or enter its code at http://localhost:3000/verify");
    // Both addresses can be followed from a PDF reader.
    expect(read.links).toEqual([
      `http://localhost:3000/verify/${award.certificateCode}`,
      "http://localhost:3000/verify",
    ]);

    // The lead may see it; an assessor or another organisation may not.
    expect((await lead.get(`/awards/${award.id}/certificate`)).status).toBe(200);
    expect((await assessor.visitor.get(`/awards/${award.id}/certificate`)).status).toBe(404);
    const other = await submittedApplication(t, { name: "Other Org" });
    expect((await other.applicant.get(`/awards/${award.id}/certificate`)).status).toBe(404);
    expect((await other.applicant.get(`/awards/${award.id}/certificate.pdf`)).status).toBe(404);
    expect((await new Visitor(t.app).get(`/awards/${award.id}/certificate`)).status).toBe(303);
  });
});

describe("the certificate PDF", () => {
  it("prints a name outside Latin-1 exactly as the organisation wrote it", async () => {
    const name = "Cymdeithas Gŵyr a Łódź – “Cydweithio”";
    const { application, award } = await awarded(name);
    const pdf = await application.applicant.raw("get", `/awards/${award.id}/certificate.pdf`).buffer(true);
    expect(pdf.status).toBe(200);
    const read = await readPdf(pdf.body as Buffer);
    expect(read.pages[0]!.split("\n")).toContain(name);
    expect(read.title).toBe(`Social Value Award certificate: ${name}`);
  });
});

describe("verifying a certificate", () => {
  it("confirms a genuine, current certificate, whatever the case and spacing of the code", async () => {
    const { award } = await awarded("Genuine Org");
    const page = await new Visitor(t.app).get(`/verify/${award.certificateCode}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("This certificate is genuine and current");
    expect(page.text).toContain("Genuine Org");
    expect(page.headers["set-cookie"]).toBeUndefined();
    const typed = award.certificateCode.toLowerCase().replace(/-/g, " ");
    const form = await new Visitor(t.app).get(`/verify?code=${encodeURIComponent(typed)}`);
    expect(form.status).toBe(303);
    const followed = await new Visitor(t.app).get(form.headers.location!);
    expect(followed.text).toContain("This certificate is genuine and current");
  });

  it("says a forged code is not genuine", async () => {
    const page = await new Visitor(t.app).get("/verify/ABCD-EFGH-JKMN-PQRS");
    expect(page.status).toBe(200);
    expect(page.text).toContain("We have no record of this certificate");
    expect(page.text).not.toContain("genuine and current");
    const junk = await new Visitor(t.app).get(`/verify/${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(junk.text).toContain("We have no record of this certificate");
    expect(junk.text).not.toContain("<script>alert");
  });

  it("says an expired award has expired", async () => {
    const { award } = await awarded("Expired Org");
    await t.prisma.award.update({ where: { id: award.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const page = await new Visitor(t.app).get(`/verify/${award.certificateCode}`);
    expect(page.text).toContain("This award has expired");
  });

  it("says a revoked award is revoked, after the lead revokes it with a reason", async () => {
    const { award, lead, application } = await awarded("Revoked Org");
    const noReason = await lead.submit(`/admin/awards/${award.id}/revoke`, `/admin/awards/${award.id}/revoke`, {
      revocationReason: "",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('href="#revocationReason"');
    const reason = "The organisation no longer runs the programme.";
    // First a page that says what will happen and asks to confirm; nothing is revoked yet.
    const asked = await lead.submit(`/admin/awards/${award.id}/revoke`, `/admin/awards/${award.id}/revoke`, {
      revocationReason: reason,
    });
    expect(asked.status).toBe(200);
    expect(asked.text).toContain("Are you sure you want to revoke this award?");
    expect(asked.text).toContain(reason);
    expect((await t.prisma.award.findUniqueOrThrow({ where: { id: award.id } })).status).toBe("CURRENT");
    const revoked = await lead.post(`/admin/awards/${award.id}/revoke`, {
      _csrf: csrfTokenIn(asked.text),
      revocationReason: reason,
      confirm: "yes",
    });
    expect(revoked.status).toBe(303);
    // The organisation is told why, and the application reads "Award revoked" wherever it is shown.
    const mail = t.outbox().find((m) => m.to.includes(application.owner.email) && m.subject.includes("revoked"));
    expect(mail?.text).toContain(reason);
    expect(mail?.text).toMatch(/revoked .*'s Social Value Award on \d{1,2} [A-Z][a-z]+ \d{4}/);
    for (const [visitor, path] of [
      [application.applicant, `/applications/${application.id}/status`],
      [application.applicant, "/applications"],
      [lead, `/admin/applications/${application.id}`],
      [lead, "/admin/applications"],
    ] as const) {
      const shown = await visitor.get(path);
      expect(shown.text, path).toContain("Award revoked");
    }
    const page = await new Visitor(t.app).get(`/verify/${award.certificateCode}`);
    expect(page.text).toContain("This award has been revoked");
    const status = await application.applicant.get(`/applications/${application.id}/status`);
    expect(status.text).toContain("The organisation no longer runs the programme.");
    const again = await lead.submit(`/admin/applications/${application.id}`, `/admin/awards/${award.id}/revoke`, {
      revocationReason: "Again",
    });
    expect(again.status).toBe(409);
    const history = await lead.get(`/admin/applications/${application.id}/history`);
    expect(history.text).toContain("award.revoke");
    expect((await application.applicant.get(`/admin/awards/${award.id}/revoke`)).status).toBe(403);
  });
});

describe("consent to be listed", () => {
  it("is off until a member of the organisation agrees, and only they can change it", async () => {
    const { award, application } = await awarded("Listed Org");
    expect(award.listedOnRegister).toBe(false);
    const status = await application.applicant.get(`/applications/${application.id}/status`);
    const yes = await application.applicant.post(`/awards/${award.id}/listing`, {
      _csrf: csrfTokenIn(status.text),
      listed: "yes",
    });
    expect(yes.status).toBe(303);
    expect((await t.prisma.award.findUniqueOrThrow({ where: { id: award.id } })).listedOnRegister).toBe(true);
    const other = await submittedApplication(t, { name: "Meddling Org" });
    const page = await other.applicant.get(`/applications/${other.id}/status`);
    const meddle = await other.applicant.post(`/awards/${award.id}/listing`, {
      _csrf: csrfTokenIn(page.text),
      listed: "no",
    });
    expect(meddle.status).toBe(404);
  });
});
