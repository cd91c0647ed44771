import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMailTo, linkIn } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { expectNoAxeViolations, freePort, launchChromium, serve } from "../helpers/chromium.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  // Links in email use BASE_URL, so the app is told the address it will be served on.
  const port = await freePort();
  t = await createTestApp({ BASE_URL: `http://127.0.0.1:${port}` });
  site = await serve(t.app, port);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

const PASSWORD = "meadow copper lantern violin";

async function continueTo(page: Page, path: string, button = "Continue") {
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL(`${site.url}${path}`);
}

/** Signs up an organisation, follows the link from the outbox, signs in, invites a colleague and signs out. */
async function journey(page: Page, email: string, checkAccessibility: boolean) {
  const check = async () => {
    if (checkAccessibility) await expectNoAxeViolations(page);
  };
  await page.goto(`${site.url}/`);
  await page.getByRole("link", { name: "Sign in" }).first().click();
  await page.waitForURL(`${site.url}/sign-in`);
  await page.getByRole("link", { name: "Create an account for your organisation" }).click();
  await page.waitForURL(`${site.url}/sign-up`);
  await check();
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForURL(`${site.url}/sign-up/organisation`);
  await check();

  // An error state first: nothing filled in.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => page.title()).toMatch(/^Error: About the organisation/);
  expect(await page.locator(".govuk-error-summary").textContent()).toContain("Enter the name of the organisation");
  await check();

  await page.getByLabel("Organisation name").fill("Halton Walking Group");
  await page.getByLabel("Voluntary, community, faith or social enterprise (VCFSE) organisation").check();
  await continueTo(page, "/sign-up/address");
  await check();
  await page.getByLabel("Address line 1").fill("3 Canal Side");
  await page.getByLabel("Town or city").fill("Runcorn");
  await page.getByLabel("Postcode").fill("wa7 1aa");
  await continueTo(page, "/sign-up/about");
  await check();
  await page.getByLabel("Halton", { exact: true }).check();
  await page.getByLabel("Fewer than 10 staff and volunteers").check();
  await continueTo(page, "/sign-up/you");
  await check();
  await page.getByLabel("Full name").fill("Zoë O'Brien");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Create a password", { exact: true }).fill(PASSWORD);
  await continueTo(page, "/sign-up/check-answers");
  expect(await page.locator("main").textContent()).toContain("WA7 1AA");
  await check();
  await continueTo(page, "/sign-up/check-your-email", "Create account");
  await check();

  // The verification email, read from the development outbox.
  await page.goto(`${site.url}/dev/outbox`);
  await check();
  await page
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("link", { name: "Confirm your email address" })
    .click();
  await page.waitForURL(/\/dev\/outbox\/.+/);
  await check();
  await page.getByRole("link", { name: /\/verify-email\// }).click();
  await page.waitForURL(/\/verify-email\//);
  expect(await page.locator("h1").textContent()).toContain("Your email address is confirmed");
  await check();

  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${site.url}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A new organisation's owner starts at the eligibility questions of a first application.
  await page.waitForURL(`${site.url}/apply`);
  expect(await page.locator("#signed-in-as").textContent()).toContain("Zoë O'Brien");

  await page.getByRole("link", { name: "Your account" }).click();
  await page.waitForURL(`${site.url}/account`);
  await check();
  await page.getByRole("link", { name: "Your organisation" }).click();
  await page.waitForURL(/\/organisations\/[^/]+$/);
  expect(await page.locator("h1").textContent()).toContain("Halton Walking Group");
  await check();

  await page
    .getByRole("button", { name: "Invite a colleague" })
    .or(page.getByRole("link", { name: "Invite a colleague" }))
    .click();
  await page.waitForURL(/\/invite$/);
  await check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect.poll(() => page.title()).toMatch(/^Error: Invite a colleague/);
  await check();
  await page.getByLabel("Their email address").fill(`colleague.${email}`);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await page.waitForURL(/\/organisations\/[^/]+\?done=invited$/);
  expect(await page.locator("main").textContent()).toContain(`colleague.${email}`);
  await check();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(`${site.url}/signed-out`);
  await check();
}

describe("accounts in a real browser", () => {
  it("signs up an organisation, verifies the email from the outbox, signs in, invites a colleague and signs out, with no axe violations", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await journey(page, "zoe@example.org", true);
    expect(await t.prisma.invitation.count({ where: { email: "colleague.zoe@example.org" } })).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("does the same with JavaScript turned off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await journey(page, "nojs@example.org", false);
    expect(await t.prisma.invitation.count({ where: { email: "colleague.nojs@example.org" } })).toBe(1);
    await context.close();
  });

  it.each(["/forgotten-password", "/forgotten-password/check-your-email", "/reset-password/not-a-real-token"])(
    "%s has no WCAG 2.2 AA violations",
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it("keeps the lead's user pages, the account pages and an invitation page free of axe violations", async () => {
    const lead = await createUser(t.prisma, {
      email: "axe-lead@example.org",
      role: "PROGRAMME_LEAD",
      fullName: "Axe Lead",
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/sign-in`);
    await page.getByLabel("Email address").fill(lead.email);
    await page.getByLabel("Password", { exact: true }).fill(lead.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${site.url}/admin`);
    for (const path of [
      "/admin",
      "/admin/users",
      `/admin/users/${lead.id}`,
      "/account/profile",
      "/account/password",
      "/account/email",
      "/assessment",
    ]) {
      await page.goto(`${site.url}${path}`);
      await expectNoAxeViolations(page);
    }
    // Refused: the last lead cannot step down. The error summary and message are checked too.
    await page.goto(`${site.url}/admin/users/${lead.id}`);
    await page.getByLabel("Assessor", { exact: true }).check();
    await page.getByRole("button", { name: "Change role" }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page);

    await page.goto(`${site.url}/admin/users/invite`);
    await page.getByLabel("Their email address").fill("axe-assessor@example.org");
    await page.getByLabel("Assessor").check();
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.waitForURL(`${site.url}/admin/users?invited=1`);
    const link = linkIn(latestMailTo(t, "axe-assessor@example.org"), "/invitations/");
    await context.clearCookies();
    await page.goto(`${site.url}${link}`);
    await page.getByRole("button", { name: "Create account and accept" }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
