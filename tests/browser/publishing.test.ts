import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { expectNoAxeViolations, launchChromium, serve } from "../helpers/chromium.js";
import { createUser } from "../helpers/factories.js";
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

let axeOn = true;

/** axe needs scripts: with JavaScript off the journey checks that the pages work, not axe again. */
async function check(page: Page) {
  if (axeOn) await expectNoAxeViolations(page);
}

async function visit(page: Page, url: string) {
  await page.goto(`${site.url}${url}`);
  await check(page);
}

describe("publishing in a real browser", () => {
  it.each([true, false])(
    "the lead publishes a guide with a file; the public finds and downloads it (JavaScript %s)",
    async (javaScriptEnabled) => {
      const suffix = javaScriptEnabled ? "js" : "nojs";
      axeOn = javaScriptEnabled;
      const lead = await createUser(t.prisma, { email: `lead-${suffix}@example.org`, role: "PROGRAMME_LEAD" });
      const leadContext = await browser.newContext({ javaScriptEnabled });
      const page = await leadContext.newPage();
      await visit(page, "/sign-in");
      await page.getByLabel("Email address").fill(lead.email);
      await page.getByLabel("Password", { exact: true }).fill(lead.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${site.url}/admin`);

      await visit(page, "/admin");
      await page.getByRole("link", { name: "Pages and guides" }).click();
      await check(page);
      await page.getByRole("link", { name: "Add a guide" }).click();
      await check(page);
      await page.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => page.title()).toContain("Error: ");
      await check(page);

      const title = `Community buildings toolkit ${suffix}`;
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Summary").fill("Opening up halls and rooms to local groups.");
      await page.getByLabel("Category").fill("Guides");
      await page
        .getByLabel("Content")
        .fill(`## Why share buildings\n\nSharing spare rooms with groups builds ${suffix}xylophone trust.`);
      await page.getByRole("button", { name: "Preview" }).click();
      await expect.poll(() => page.locator("#preview-heading").isVisible()).toBe(true);
      await check(page);
      await page.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => page.locator("#status").textContent()).toBe("Draft");
      await check(page);

      await page.getByRole("link", { name: "Add a file" }).click();
      await check(page);
      const file = path.join(folder, `toolkit-${suffix}.pdf`);
      writeFileSync(file, pdf(`toolkit ${suffix}`));
      await page.getByLabel("Title").fill("Toolkit (PDF)");
      await page.locator("#file").setInputFiles(file);
      await page.getByRole("button", { name: "Upload file" }).click();
      await page.waitForURL(/\/admin\/content\/[^/]+#attachments$/);
      await page.getByRole("button", { name: "Publish" }).click();
      await expect.poll(() => page.locator("#status").textContent()).toBe("Published");
      await check(page);
      await leadContext.close();

      const publicContext = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
      const reader = await publicContext.newPage();
      await visit(reader, "/");
      await reader.getByRole("link", { name: "Search" }).first().click();
      await check(reader);
      await reader.getByLabel("Search guides and pages").fill(`${suffix}xylophone`);
      await reader.getByRole("button", { name: "Search" }).click();
      await expect.poll(() => reader.locator("#results-count").textContent()).toBe("1 result");
      expect(await reader.locator("mark").first().textContent()).toBe(`${suffix}xylophone`);
      await check(reader);
      await reader.getByRole("link", { name: title }).click();
      await expect.poll(() => reader.locator("h1").textContent()).toBe(title);
      await check(reader);
      expect(await reader.locator(".app-downloads").textContent()).toContain("PDF,");
      const [download] = await Promise.all([
        reader.waitForEvent("download"),
        reader.getByRole("link", { name: "Toolkit (PDF)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`toolkit-${suffix}.pdf`);
      const saved = path.join(folder, `downloaded-${suffix}.pdf`);
      await download.saveAs(saved);
      expect(readFileSync(saved, "latin1")).toContain(`toolkit ${suffix}`);
      for (const url of ["/social-value", "/award", "/award/start", "/charter", "/champions", "/guides", "/contact"])
        await visit(reader, url);
      await publicContext.close();
    },
    120_000,
  );

  it("the lead's other publishing pages have no accessibility violations", async () => {
    axeOn = true;
    const lead = await createUser(t.prisma, { email: "lead-pages@example.org", role: "PROGRAMME_LEAD" });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/sign-in`);
    await page.getByLabel("Email address").fill(lead.email);
    await page.getByLabel("Password", { exact: true }).fill(lead.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${site.url}/admin`);
    const guide = await t.prisma.contentPage.findFirstOrThrow({ where: { slug: "social-value-guide" } });
    for (const url of [
      "/admin/champions",
      "/admin/champions/new",
      "/admin/charter",
      "/admin/settings",
      "/admin/settings/contact",
      "/admin/settings/award",
      "/admin/settings/footer",
      `/admin/content/${guide.id}/versions`,
      "/charter/sign",
    ]) {
      await visit(page, url);
    }
    await context.close();
  });
});
