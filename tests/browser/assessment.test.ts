import { describe, expect, it } from "vitest";
import { assign, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { browserSite, checked } from "../helpers/browser-site.js";
import { CRITERIA } from "../../src/modules/assessment/scoring.js";

const site = browserSite();

describe("assessment, decision and award in a real browser", () => {
  it("an assessor scores, the lead decides, and the organisation reads the decision and opens its certificate", async () => {
    const lead = await signedInAs(site.t, "PROGRAMME_LEAD", "Lee Lead");
    const assessor = await signedInAs(site.t, "ASSESSOR", "Ann Assessor");
    const application = await submittedApplication(site.t, { name: "Browser Trust" });
    await assign(site.t, lead.visitor, application.id, assessor.user.id);

    // The assessor
    const assessorContext = await site.browser.newContext();
    const a = await assessorContext.newPage();
    await site.signIn(a, assessor.user.email, assessor.user.password);
    await a.getByRole("link", { name: "Assessment", exact: true }).click();
    await checked(a);
    await a.getByRole("link", { name: "See the applications assigned to you" }).click();
    await checked(a);
    await a.getByRole("link", { name: /SVA-/ }).click();
    await checked(a);
    await a.getByRole("button", { name: "Continue" }).click();
    await a.waitForURL(/declaration/);
    expect(await a.title()).toMatch(/^Error: /);
    await checked(a);
    await a.getByLabel("I have no conflict of interest").check();
    await a.getByRole("button", { name: "Continue" }).click();
    await a.waitForURL(/\/assessor\/reviews\/[^/]+$/);
    await checked(a);
    await a.getByRole("link", { name: "Social theme" }).click();
    await checked(a);
    // Saving with nothing filled in shows every error, accessibly.
    await a.getByRole("button", { name: "Save and continue" }).click();
    await a.waitForLoadState("load");
    expect(await a.title()).toMatch(/^Error: Score the Social theme/);
    await checked(a);
    for (const criterion of CRITERIA) {
      await a.getByRole("group", { name: criterion.label }).getByLabel("4 Strong").check();
      await a
        .getByLabel(`Reason for the ${criterion.label.toLowerCase()} score`)
        .fill(`Convincing on ${criterion.label}`);
    }
    await a.getByRole("button", { name: "Save as draft" }).click();
    await a.waitForURL(/saved=draft/);
    expect(await a.locator("#weighted-score").textContent()).toContain("100%");
    await checked(a);
    await a.getByRole("button", { name: "Save and continue" }).click();
    await a.waitForURL(/notice=theme-saved/);
    await a.getByRole("button", { name: "Submit review" }).click();
    await a.waitForURL(/notice=submitted/);
    expect(await a.locator(".govuk-notification-banner").textContent()).toContain("Review submitted");
    await checked(a);
    await assessorContext.close();

    // The lead
    const leadContext = await site.browser.newContext();
    const l = await leadContext.newPage();
    await site.signIn(l, lead.user.email, lead.user.password);
    await l.goto(`${site.url}/admin`);
    await l.getByRole("link", { name: "Applications, assessment and decisions" }).click();
    await checked(l);
    await l.getByRole("link", { name: /SVA-/ }).click();
    await checked(l);
    await l.getByRole("link", { name: "See this application's history" }).click();
    await checked(l);
    await l.goBack();
    await l.getByRole("button", { name: "Record a decision" }).click();
    await checked(l);
    await l.getByLabel("Awarded", { exact: true }).check();
    await l.getByLabel("Feedback for the organisation").fill("A strong application with clear local benefit.");
    await l.getByRole("button", { name: "Record the decision" }).click();
    await l.waitForURL(/notice=decided/);
    await checked(l);
    await leadContext.close();

    // The organisation
    const applicantContext = await site.browser.newContext();
    const o = await applicantContext.newPage();
    await site.signIn(o, application.owner.email, application.owner.password);
    await o.goto(`${site.url}/applications/${application.id}/status`);
    expect(await o.locator("#decision").textContent()).toContain("Awarded");
    expect(await o.locator("#decision-feedback").textContent()).toContain(
      "A strong application with clear local benefit.",
    );
    expect(await o.content()).not.toContain("Ann Assessor");
    await checked(o);
    await o.getByLabel("Yes, list us").check();
    await o.getByRole("button", { name: "Save" }).click();
    await o.waitForURL(/listing=yes/);
    await o.getByRole("link", { name: "See and print your certificate" }).click();
    await checked(o);
    expect(await o.locator("#certificate-organisation").textContent()).toBe("Browser Trust");
    // Printed, the certificate stands alone: no header or footer.
    await o.emulateMedia({ media: "print" });
    expect(await o.locator(".govuk-footer").isVisible()).toBe(false);
    expect(await o.locator(".app-certificate").isVisible()).toBe(true);
    await o.emulateMedia({ media: "screen" });
    // The link carries the portal's public address (BASE_URL); follow its path on the test server.
    const link = new URL((await o.locator("#verification-link").getAttribute("href")) ?? "");
    expect(link.pathname).toMatch(/^\/verify\/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await o.goto(`${site.url}${link.pathname}`);
    expect(await o.locator("#verification-result").textContent()).toBe("This certificate is genuine and current");
    await checked(o);
    await applicantContext.close();

    // The public
    const publicContext = await site.browser.newContext();
    const p = await publicContext.newPage();
    await p.goto(`${site.url}/register`);
    expect(await p.locator("#register").textContent()).toContain("Browser Trust");
    await checked(p);
    await p.goto(`${site.url}/verify`);
    await checked(p);
    await p.getByLabel("Certificate code").fill("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    await p.getByRole("button", { name: "Check the certificate" }).click();
    await p.waitForURL(/\/verify\/ZZZZ/);
    expect(await p.locator("#verification-result").textContent()).toBe("We have no record of this certificate");
    await checked(p);
    await publicContext.close();
  });
});
