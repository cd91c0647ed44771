import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { expectNoAxeViolations, launchChromium, serve } from "../helpers/chromium.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  t = await createTestApp();
  site = await serve(t.app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

describe("in a real browser", () => {
  it.each(["/", "/accessibility", "/privacy", "/cookies", "/contact", "/sign-in", "/signed-out", "/no-such-page"])(
    "%s has no WCAG 2.2 AA violations",
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status()).toBe(path === "/no-such-page" ? 404 : 200);
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it("the accessibility check itself fails on a page with a violation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/assets/images/favicon.ico";
      document.querySelector("main")?.append(image);
    });
    const failure = await expectNoAxeViolations(page).then(
      () => undefined,
      (error: unknown) => error as { actual?: unknown },
    );
    expect(JSON.stringify(failure?.actual)).toMatch(/image-alt \(critical\): Images must have alternative text/);
    await context.close();
  });

  it("shows sign-in errors accessibly, then signs in and out", async () => {
    const user = await createUser(t.prisma, { email: "browser@example.org", fullName: "Zoë Browser" });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    // Status codes of error pages are reported as "Failed to load resource"; anything else is a script
    // error or a content security policy refusal.
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.url}/sign-in`);
    // The template's inline script ran: the policy allows it by its hash.
    expect(await page.evaluate(() => document.body.classList.contains("govuk-frontend-supported"))).toBe(true);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.title()).toBe("Error: Sign in – Cheshire and Merseyside Social Value");
    await expect.poll(() => page.locator(".govuk-error-summary").isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${site.url}/apply`);
    expect(await page.locator("#signed-in-as").textContent()).toContain("Zoë Browser");
    await expectNoAxeViolations(page);

    await page.goto(`${site.url}/account`);
    await expectNoAxeViolations(page);

    await page.goto(`${site.url}/admin`);
    expect(await page.locator("h1").textContent()).toContain("You do not have access to this page");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${site.url}/signed-out`);
    // No script errors: the content security policy lets the page's own scripts run.
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works with JavaScript turned off", async () => {
    const lead = await createUser(t.prisma, { email: "nojs@example.org", role: "PROGRAMME_LEAD" });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/sign-in`);
    await page.getByLabel("Email address").fill(lead.email);
    await page.getByLabel("Password", { exact: true }).fill(lead.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${site.url}/admin`);
    await page.goto(`${site.url}/admin`);
    expect(await page.locator("h1").textContent()).toContain("Programme administration");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${site.url}/signed-out`);
    await context.close();
  });
});
