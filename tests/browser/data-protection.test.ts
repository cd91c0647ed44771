import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation } from "../helpers/applications.js";
import { expectNoAxeViolations, launchChromium, serve } from "../helpers/chromium.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  site = await serve(t.app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

async function checked(page: Page) {
  await page.waitForLoadState("load");
  await expectNoAxeViolations(page);
}

describe("erasure and retention in a real browser", () => {
  it("the lead erases a member and an organisation with a current award, reads the retention report and changes a period", async () => {
    const lead = await createUser(t.prisma, {
      role: "PROGRAMME_LEAD",
      email: "lead@erasure.example.net",
      fullName: "Lia Lead",
    });
    const { organisation, owner } = await createOrganisation(t.prisma, "Browser Harbour Trust");
    const member = await addMember(t.prisma, organisation.id, "Bryn Member");
    const application = await t.prisma.application.create({
      data: {
        organisationId: organisation.id,
        createdById: owner.id,
        status: "AWARDED",
        reference: "SVA-2026-0901",
        submittedAt: new Date(),
      },
    });
    await t.prisma.award.create({
      data: {
        applicationId: application.id,
        organisationId: organisation.id,
        decisionId: "browser",
        organisationName: organisation.name,
        themes: "SOCIAL",
        awardedAt: new Date(),
        expiresAt: new Date(Date.now() + 365 * 24 * 3600_000),
        certificateCode: "BROW-SER0-0000-0001",
      },
    });

    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/sign-in`);
    await page.getByLabel("Email address").fill(lead.email);
    await page.getByLabel("Password", { exact: true }).fill(lead.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${site.url}/`);

    await page.goto(`${site.url}/admin/users/${member.id}`);
    await page.getByRole("link", { name: "Erase this user" }).click();
    await page.waitForURL(`${site.url}/admin/users/${member.id}/erase`);
    await checked(page);
    await page.getByRole("button", { name: "Erase this account" }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: Erase this user/);
    await checked(page);
    await page.getByLabel(/I have checked this request/).check();
    await page.getByRole("button", { name: "Erase this account" }).click();
    await page.waitForURL(`${site.url}/admin/erased?what=account`);
    await checked(page);

    await page.goto(`${site.url}/admin/users/${owner.id}/erase`);
    await checked(page);
    await page.getByRole("link", { name: "erase this organisation" }).click();
    await page.waitForURL(`${site.url}/admin/organisations/${organisation.id}/erase`);
    expect(await page.locator("#current-award").textContent()).toContain("holds a current Social Value Award");
    await checked(page);
    await page.getByLabel(/I have checked this request/).check();
    await page.getByRole("button", { name: "Erase this organisation" }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: Erase this organisation/);
    await checked(page);
    await page.getByLabel("I understand that the organisation's current award will be revoked").check();
    await page.getByRole("button", { name: "Erase this organisation" }).click();
    await page.waitForURL(/\/admin\/erased\?what=organisation/);
    await checked(page);

    await page.goto(`${site.url}/admin`);
    await page.getByRole("link", { name: /Retention: what the retention periods would remove/ }).click();
    await page.waitForURL(`${site.url}/admin/retention`);
    await checked(page);
    await page.getByRole("link", { name: "Change the periods" }).click();
    await page.waitForURL(`${site.url}/admin/settings/retention`);
    await checked(page);
    await page.getByLabel("Entries in the audit log").fill("0");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: How long personal data is kept/);
    await checked(page);
    await page.getByLabel("Entries in the audit log").fill("8");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(`${site.url}/admin/settings?saved=retention`);

    await page.goto(`${site.url}/privacy`);
    expect(await page.locator("#retention").textContent()).toContain("8 years");
    await checked(page);
  });
});
