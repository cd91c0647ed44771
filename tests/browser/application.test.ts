import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation } from "../helpers/applications.js";
import { expectNoAxeViolations, launchChromium, serve } from "../helpers/chromium.js";
import { pdf } from "../helpers/files.js";

let t: TestApp;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const folder = mkdtempSync(path.join(os.tmpdir(), "svp-browser-files-"));

beforeAll(async () => {
  t = await createTestApp();
  site = await serve(t.app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function fillTheme(page: Page, what: string) {
  await page.getByLabel("What changed for stakeholders because of your organisation's work?").fill(what);
  await page
    .getByLabel("What difference does this make to them?")
    .fill("People say they feel healthier and more connected.");
  await page.getByLabel("How many stakeholders benefited?").fill("120");
  await page
    .getByRole("group", { name: "Where in Cheshire and Merseyside did they benefit?" })
    .getByLabel("Liverpool")
    .check();
  await page.getByRole("group", { name: "When did this work start?" }).getByLabel("Month").fill("4");
  await page.getByRole("group", { name: "When did this work start?" }).getByLabel("Year").fill("2024");
}

describe("applying for the award in a browser", () => {
  it("goes from eligibility to a submitted application, with no accessibility violations on the way", async () => {
    const { owner } = await createOrganisation(t.prisma, "Toxteth Growing Together");
    const context = await browser.newContext();
    const page = await context.newPage();
    const check = () => expectNoAxeViolations(page);

    await page.goto(`${site.url}/sign-in`);
    await page.getByLabel("Email address").fill(owner.email);
    await page.getByLabel("Password", { exact: true }).fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The owner lands on their own starting point: a first application's eligibility questions.
    await page.waitForURL(`${site.url}/apply`);

    await page.getByRole("link", { name: "Your application" }).click();
    await expect.poll(() => page.title()).toContain("Check your organisation can apply");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => page.title()).toContain("Error: ");
    await check();
    await page.getByLabel("Voluntary, community, faith or social enterprise (VCFSE) organisation").check();
    await page
      .getByRole("group", { name: "Does your organisation work in Cheshire and Merseyside?" })
      .getByLabel("Yes")
      .check();
    await page
      .getByRole("group", { name: "Are you allowed to apply on behalf of your organisation?" })
      .getByLabel("Yes")
      .check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => page.title()).toContain("Your application");
    await check();

    await page.getByRole("link", { name: "Organisation details" }).click();
    await page.getByLabel("Postcode").fill("not a postcode");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => page.title()).toContain("Error: Organisation details");
    await check();
    await page.getByLabel("Postcode").fill("L8 1XY");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => page.title()).toContain("Your application");

    await page.getByRole("link", { name: "Choose themes" }).click();
    await check();
    await page.getByLabel("Social", { exact: true }).check();
    await page.getByLabel("Environment", { exact: true }).check();
    await page.getByRole("button", { name: "Save and continue" }).click();

    await page.getByRole("link", { name: "Social theme" }).click();
    await fillTheme(page, "Families grew food together on unused land.");
    const evidence = path.join(folder, "Growing report.pdf");
    writeFileSync(evidence, pdf("Growing report"));
    await page.getByLabel("Add a file").setInputFiles(evidence);
    await page.getByLabel("Describe the file").fill("Annual report, 2024");
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect.poll(() => page.locator(".govuk-notification-banner").textContent()).toContain("File uploaded.");
    expect(await page.getByRole("link", { name: "Growing report.pdf", exact: true }).count()).toBe(1);
    await check();
    // A file of the wrong kind: an error beside the file field, and the answers still there.
    const wrong = path.join(folder, "notes.txt");
    writeFileSync(wrong, "plain notes");
    await page.getByLabel("Add a file").setInputFiles(wrong);
    await page.getByLabel("Describe the file").fill("Notes");
    await page.getByRole("button", { name: "Upload file" }).click();
    await expect.poll(() => page.title()).toContain("Error: ");
    expect(
      await page.getByLabel("What changed for stakeholders because of your organisation's work?").inputValue(),
    ).toBe("Families grew food together on unused land.");
    await check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => page.title()).toContain("Your application");

    await page.getByRole("link", { name: "Environment theme" }).click();
    await fillTheme(page, "Volunteers planted 300 trees along the river.");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect.poll(() => page.title()).toContain("Your application");

    await page.getByRole("link", { name: "Declaration" }).click();
    await page.getByLabel("Your full name").fill("Owen Owner");
    await page.getByLabel("Your job title or role").fill("Chair of trustees");
    await page.getByLabel("I confirm the statements above on behalf of my organisation").check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await check();

    await page.getByRole("link", { name: "Check your answers and submit" }).click();
    await expect.poll(() => page.title()).toContain("Check your answers before you submit");
    await check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect.poll(() => page.title()).toContain("Application submitted");
    const reference = await page.locator(".govuk-panel__body strong").textContent();
    expect(reference).toMatch(/^SVA-\d{4}-\d{4}$/);
    expect(await page.locator("#application-status").textContent()).toBe("Submitted");
    await check();
    await context.close();
  });
});
