import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { signedInAs } from "../helpers/assessment.js";
import { expectNoAxeViolations, launchChromium, serve } from "../helpers/chromium.js";
import { buildDataSet } from "../dashboard/data-set.js";

let t: TestApp;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  await buildDataSet(t.prisma, new Date());
  site = await serve(t.app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${site.url}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${site.url}/`);
}

async function checked(page: Page) {
  await page.waitForLoadState("load");
  await expectNoAxeViolations(page);
}

describe("the programme lead's dashboard in a real browser", () => {
  it("opens the dashboard, changes the programme year, and opens the map shaded both ways", async () => {
    const lead = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, lead.user.email, lead.user.password);

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
