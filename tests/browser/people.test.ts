import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signedInAs, submittedApplication } from "../helpers/assessment.js";
import { browserSite, checked } from "../helpers/browser-site.js";

const site = browserSite();

/** Presses the download button and reads the ZIP file the browser saved. */
async function downloadZip(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the ZIP file" }).click(),
  ]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), entries: Object.keys(unzipSync(new Uint8Array(readFileSync(saved)))) };
}

describe("user and organisation management in a real browser", () => {
  it("the lead searches, opens a person and an organisation, and downloads what is held about each", async () => {
    const lead = await signedInAs(site.t, "PROGRAMME_LEAD", "Lee Lead");
    const application = await submittedApplication(site.t, { name: "Browser People Trust" });

    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await site.signIn(page, lead.user.email, lead.user.password);
    await page.getByRole("link", { name: "Administration" }).click();
    await checked(page);

    await page.getByRole("link", { name: "Users" }).click();
    await checked(page);
    await page.getByLabel("Name or email address").fill("x".repeat(101));
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/admin\/users\?q=x+/);
    expect(await page.title()).toMatch(/^Error: /);
    await checked(page);
    await page.getByLabel("Name or email address").fill("OWEN");
    await page.getByLabel("Role").selectOption("APPLICANT");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/admin\/users\?q=OWEN&role=APPLICANT/);
    await checked(page);
    await page.getByRole("link", { name: "Owen Owner" }).click();
    await checked(page);
    await page.getByRole("link", { name: "Download everything held about Owen Owner" }).click();
    await checked(page);
    const person = await downloadZip(page);
    expect(person.name).toMatch(/^subject-access-owen-owner-.*\.zip$/);
    expect(person.entries).toContain("person.json");

    await page.goto(`${site.url}/admin`);
    await page.getByRole("link", { name: "Organisations" }).click();
    await checked(page);
    await page.getByLabel("Organisation name").fill("browser people");
    await page.getByLabel("Type").selectOption("VCFSE");
    await page.getByLabel("Works in").selectOption("LIVERPOOL");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/admin\/organisations\?q=browser/);
    await checked(page);
    await page.getByRole("link", { name: "Browser People Trust" }).click();
    await checked(page);
    await page.getByRole("link", { name: "Download everything held about Browser People Trust" }).click();
    await checked(page);
    const organisation = await downloadZip(page);
    expect(organisation.entries).toContain("organisation.json");
    await context.close();

    // The owner, from their organisation's page
    const ownerContext = await site.browser.newContext({ acceptDownloads: true });
    const owner = await ownerContext.newPage();
    await site.signIn(owner, application.owner.email, application.owner.password);
    await owner.goto(`${site.url}/organisations/${application.organisation.id}`);
    await owner.getByRole("link", { name: "Download everything the portal holds about Browser People Trust" }).click();
    await checked(owner);
    const own = await downloadZip(owner);
    expect(own.entries).toContain("applications.json");
    await ownerContext.close();
  });
});
