import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { completeApplication, createOrganisation, signedIn, startApplication } from "../helpers/applications.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { browserSite } from "../helpers/browser-site.js";
import { expectNoAxeViolations } from "../helpers/chromium.js";
import { pdf } from "../helpers/files.js";

// Defects seen when the award cycle was walked through as each role would, checked in a browser.

const site = browserSite();
const folder = mkdtempSync(path.join(os.tmpdir(), "svp-browser-journey-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const socialStatus = (page: Page) =>
  page.locator(".govuk-task-list__item", { hasText: "Social theme" }).locator(".govuk-task-list__status").innerText();

describe("the applicant's journey in a browser", () => {
  it("lands on the application, keeps a completed theme completed after an upload, and lists the file on check answers", async () => {
    const { owner } = await createOrganisation(site.t.prisma, "Browser Journey Trust");
    const id = await startApplication(await signedIn(site.t.app, owner));
    await completeApplication(await signedIn(site.t.app, owner), id);
    const page = await (await site.browser.newContext()).newPage();

    await site.signInThroughForm(page, owner.email, owner.password);
    expect(page.url()).toBe(`${site.url}/applications/${id}`);
    expect(await socialStatus(page)).toContain("Completed");

    await page.getByRole("link", { name: "Social theme" }).click();
    const file = path.join(folder, "Volunteer survey.pdf");
    writeFileSync(file, pdf("Volunteer survey"));
    await page.getByLabel("Add a file").setInputFiles(file);
    await page.getByLabel("Describe the file").fill("Survey of 40 volunteers");
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect.poll(() => page.getByText("File uploaded.").isVisible()).toBe(true);

    await page.goto(`${site.url}/applications/${id}`);
    expect(await socialStatus(page)).toContain("Completed");
    await page.getByRole("link", { name: "Check your answers and submit" }).click();
    const files = page.locator(".govuk-summary-list__row", { hasText: "Evidence files" });
    expect(await files.innerText()).toMatch(/Volunteer survey\.pdf \(\d+(\.\d+)? (bytes|KB)\)/);
    await expect
      .poll(() => files.getByRole("link", { name: /Change\s+evidence files, Social/ }).getAttribute("href"))
      .toBe(`/applications/${id}/themes/social?from=check#evidence`);
    await expectNoAxeViolations(page);
  });

  it("shows the published scores with each criterion's score and reason", async () => {
    const lead = await signedInAs(site.t, "PROGRAMME_LEAD", "Lee Lead");
    const assessor = await signedInAs(site.t, "ASSESSOR", "Ann Assessor");
    const application = await submittedApplication(site.t, { name: "Scored In Browser" });
    const assignmentId = await assign(site.t, lead.visitor, application.id, assessor.user.id);
    await completeReview(assessor.visitor, assignmentId, 3);
    const decided = await lead.visitor.submit(
      `/admin/applications/${application.id}/decision`,
      `/admin/applications/${application.id}/decision`,
      { outcome: "NOT_AWARDED", feedback: "Close, but not yet.", scoresPublished: "yes" },
    );
    expect(decided.status).toBe(303);

    const page = await (await site.browser.newContext()).newPage();
    await site.signInThroughForm(page, application.owner.email, application.owner.password);
    await page.goto(`${site.url}/applications/${application.id}/status`);
    const table = page.getByRole("table", { name: "Assessor 1, Social theme" });
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/Outcome for stakeholders\s+3 of 4\s+Clear evidence in the answers\. \(outcome\)/);
    expect(rows[3]).toContain("Evidence quality");
    await expectNoAxeViolations(page);
  });
});
