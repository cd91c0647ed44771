import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { mainContent } from "../helpers/accounts.js";

// The lead reads what happened in words; the action codes, ids and JSON stay behind a toggle.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

/** The page's text outside the "Recorded values" toggles. */
const outsideDetails = (html: string) => mainContent(html).replace(/<details[\s\S]*?<\/details>/g, "");

describe("the records in words", () => {
  it("tells an application's history as sentences, with the raw values kept behind a toggle", async () => {
    const lead = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
    const application = await submittedApplication(t, { name: "Worded Org" });
    await assign(t, lead.visitor, application.id, assessor.user.id);
    const history = await lead.visitor.get(`/admin/applications/${application.id}/history`);
    const words = outsideDetails(history.text);
    expect(words).toContain("Application submitted");
    expect(words).toContain("Status changed from Draft to Submitted");
    expect(words).toContain("Assessor assigned: Ann Assessor");
    expect(words).not.toContain("application.submit");
    expect(words).not.toMatch(/\{&quot;|\{"/);
    expect(history.text).toContain("Recorded values");
    expect(history.text).toContain("<code>application.submit</code>");
  });

  it("names the champion on the audit log, with the ids behind the toggle", async () => {
    const lead = await signedInAs(t, "PROGRAMME_LEAD", "Lena Lead");
    const added = await lead.visitor.submit("/admin/champions/new", "/admin/champions/new", {
      name: "Priya Champion",
      role: "Health equity lead",
      organisationName: "Sefton Council",
      place: "SEFTON",
      email: "",
      phone: "",
    });
    expect(added.status).toBe(303);
    const log = await lead.visitor.get("/admin/audit?action=champion.add");
    const words = outsideDetails(log.text);
    expect(words).toContain("Champion added: Priya Champion");
    expect(words).not.toContain("champion.add</code>");
    const champion = await t.prisma.champion.findFirstOrThrow({ where: { name: "Priya Champion" } });
    expect(words).not.toContain(champion.id);
    expect(log.text).toContain(champion.id);
  });
});
