import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation, signedIn } from "../helpers/applications.js";
import { signedInAs } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const PAGES = ["/admin/dashboard", "/admin/dashboard?year=2025", "/admin/dashboard/map?shade=awards"];

describe("who may see the dashboard", () => {
  it("sends a signed-out visitor to sign in, and back afterwards", async () => {
    for (const page of PAGES) {
      const response = await new Visitor(t.app).get(page);
      expect(response.status, page).toBe(303);
      expect(response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(page)}`);
    }
  });

  it("refuses applicants and assessors", async () => {
    const { owner } = await createOrganisation(t.prisma, "Curious Trust");
    const applicant = await signedIn(t.app, owner);
    const assessor = (await signedInAs(t, "ASSESSOR", "Ann Assessor")).visitor;
    for (const visitor of [applicant, assessor]) {
      for (const page of PAGES) {
        const response = await visitor.get(page);
        expect(response.status, page).toBe(403);
        expect(response.text).not.toContain("Programme dashboard");
      }
    }
  });

  it("shows it to the programme lead, linked from the top of the administration page", async () => {
    const lead = (await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead")).visitor;
    const admin = await lead.get("/admin");
    const main = admin.text.slice(admin.text.indexOf("<h1"));
    expect(main.indexOf('href="/admin/dashboard"')).toBeGreaterThan(-1);
    expect(main.indexOf('href="/admin/dashboard"')).toBeLessThan(main.indexOf("<h2"));
    for (const page of PAGES) {
      const response = await lead.get(page);
      expect(response.status, page).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  });

  it("shows zeros, not errors, on an empty programme", async () => {
    const lead = (await signedInAs(t, "PROGRAMME_LEAD", "Lena Lead")).visitor;
    const page = await lead.get("/admin/dashboard?year=2020");
    expect(page.status).toBe(200);
    expect(page.text).toContain('<span id="figure-applications">0</span>');
    expect(page.text).toContain('<span id="figure-median">No decisions to measure</span>');
    const map = await lead.get("/admin/dashboard/map?year=2020");
    expect(map.status).toBe(200);
    expect(map.text.match(/data-step="0"/g)?.length).toBeGreaterThanOrEqual(9);
  });
});
