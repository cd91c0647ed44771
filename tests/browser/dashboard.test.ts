import { describe, expect, it } from "vitest";
import { signedInAs } from "../helpers/assessment.js";
import { browserSite, checked } from "../helpers/browser-site.js";
import { buildDataSet } from "../dashboard/data-set.js";

const site = browserSite(undefined, (t) => buildDataSet(t.prisma, new Date()));

describe("the programme lead's dashboard in a real browser", () => {
  it("opens the dashboard, changes the programme year, and opens the map shaded both ways", async () => {
    const lead = await signedInAs(site.t, "PROGRAMME_LEAD", "Lee Lead");
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await site.signIn(page, lead.user.email, lead.user.password);

    await page.goto(`${site.url}/admin`);
    await page.getByRole("link", { name: "Programme dashboard" }).click();
    await page.waitForURL(/\/admin\/dashboard$/);
    await checked(page);
    expect(await page.locator("#figure-applications").textContent()).toBe("11");
    // Each chart is an image named by its title.
    await expect.poll(() => page.getByRole("img", { name: "Applications by status, all years" }).count()).toBe(1);

    await page.getByLabel("Programme year", { exact: true }).selectOption({ label: "2025 to 2026" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.waitForURL(/year=2025/);
    await checked(page);
    expect(await page.locator("#figure-applications").textContent()).toBe("6");
    expect(await page.locator("#figure-median").textContent()).toBe("20 days");
    expect(await page.getByRole("img", { name: "Submitted applications by place, 2025 to 2026" }).count()).toBe(1);

    // A bad year in the address gives the error summary, which passes axe too.
    await page.goto(`${site.url}/admin/dashboard?year=nonsense`);
    expect(await page.title()).toMatch(/^Error: /);
    await checked(page);
    await page.goBack();

    await page.getByRole("link", { name: /on a map of the nine places/ }).click();
    await page.waitForURL(/\/admin\/dashboard\/map\?year=2025/);
    await checked(page);
    expect(await page.getByRole("img", { name: /shaded by submitted applications, 2025 to 2026/ }).count()).toBe(1);
    expect(await page.locator('[data-place="LIVERPOOL"]').getAttribute("data-count")).toBe("1");

    await page.getByLabel("Award holders (awards granted)").check();
    await page.getByLabel("Programme year", { exact: true }).selectOption({ label: "All years" });
    await page.getByRole("button", { name: "Show map" }).click();
    await page.waitForURL(/shade=awards/);
    await checked(page);
    expect(await page.getByRole("img", { name: /shaded by award holders \(awards granted\), all years/ }).count()).toBe(
      1,
    );
    expect(await page.locator('[data-place="LIVERPOOL"]').getAttribute("data-count")).toBe("2");
    expect(await page.locator("#map-legend li").count()).toBe(3);

    await context.close();
  });
});
