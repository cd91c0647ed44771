import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signedInAs } from "../helpers/assessment.js";
import { browserSite, checked } from "../helpers/browser-site.js";

const site = browserSite();

describe("exports and the audit log in a real browser", () => {
  it("the lead downloads a file, then finds the download in the audit log", async () => {
    const lead = await signedInAs(site.t, "PROGRAMME_LEAD", "Lee Lead");
    await site.t.prisma.champion.create({
      data: { name: "Siân Champion", role: "=Lead", place: "WIRRAL", listed: true },
    });
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await site.signIn(page, lead.user.email, lead.user.password);

    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("link", { name: /^Exports/ }).click();
    await page.waitForURL(`${site.url}/admin/exports`);
    await page
      .locator("details", { has: page.locator("#columns-champions") })
      .locator("summary")
      .click();
    await checked(page);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download social value champions (CSV)" }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^champions-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await file.path(), "utf8");
    expect(text.startsWith('\ufeff"Name","Role"')).toBe(true);
    expect(text).toContain(`"Siân Champion","'=Lead"`);

    await page.goto(`${site.url}/admin`);
    await page.getByRole("link", { name: /^Audit log/ }).click();
    await page.waitForURL(`${site.url}/admin/audit`);
    await checked(page);
    await page.getByLabel("Person").fill("lee lead");
    await page.getByLabel("Action").selectOption("export.download");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/\/admin\/audit\?/);
    expect(await page.locator("#audit-entries").textContent()).toContain("champions-");
    await checked(page);

    // A date typed where the browser has no date picker, sent as typed.
    await page.goto(`${site.url}/admin/audit?person=lee&from=31/2/2026`);
    await expect.poll(() => page.title()).toMatch(/^Error: Audit log/);
    expect(await page.locator(".govuk-error-summary").textContent()).toContain("From date must be a real date");
    await checked(page);
    await context.close();
  });
});
