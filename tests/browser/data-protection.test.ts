import { describe, expect, it } from "vitest";
import { addMember, createOrganisation } from "../helpers/applications.js";
import { browserSite, checked } from "../helpers/browser-site.js";
import { createUser } from "../helpers/factories.js";

const site = browserSite();

describe("erasure and retention in a real browser", () => {
  it("the lead erases a member and an organisation with a current award, reads the retention report and changes a period", async () => {
    const lead = await createUser(site.t.prisma, {
      role: "PROGRAMME_LEAD",
      email: "lead@erasure.example.net",
      fullName: "Lia Lead",
    });
    const { organisation, owner } = await createOrganisation(site.t.prisma, "Browser Harbour Trust");
    const member = await addMember(site.t.prisma, organisation.id, "Bryn Member");
    const application = await site.t.prisma.application.create({
      data: {
        organisationId: organisation.id,
        createdById: owner.id,
        status: "AWARDED",
        reference: "SVA-2026-0901",
        submittedAt: new Date(),
      },
    });
    await site.t.prisma.award.create({
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

    const page = await (await site.browser.newContext()).newPage();
    await site.signIn(page, lead.email, lead.password);

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
