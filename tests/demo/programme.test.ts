import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoAccount } from "../../src/modules/demo/index.js";
import { seedDemo } from "../../src/modules/demo/seed.js";
import { PLACES } from "../../src/modules/programme/reference.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { cellNumbers, chartData, rowCells, svgById, tableById, textById } from "../dashboard/html.js";

let t: TestApp;
let accounts: DemoAccount[];
beforeAll(async () => {
  t = await createTestApp();
  accounts = await seedDemo({ ...t.deps, db: t.deps.db });
});
afterAll(async () => t?.close());

async function signedInAs(role: string, on = { app: t, accounts }): Promise<Visitor> {
  const account = on.accounts.find((a) => a.role === role);
  if (!account) throw new Error(`No demo ${role}`);
  const visitor = new Visitor(on.app.app);
  const response = await visitor.signIn(account.email, account.password);
  expect(response.status, `${role} signs in`).toBe(303);
  return visitor;
}

const CHARTS = ["chart-status", "chart-theme", "chart-place", "chart-sector", "chart-charter"];

describe("the demo programme", () => {
  it("makes a lead, an assessor and an applicant to sign in as, once", async () => {
    expect(accounts.map((a) => [a.role, a.email])).toEqual([
      ["PROGRAMME_LEAD", "lead@demo.invalid"],
      ["ASSESSOR", "assessor@assessors.invalid"],
      ["APPLICANT", "applicant@demo.invalid"],
    ]);
    const users = await t.prisma.user.count();
    expect(await seedDemo({ ...t.deps, db: t.deps.db })).toEqual([]);
    expect(await t.prisma.user.count()).toBe(users);
    expect((await (await signedInAs("PROGRAMME_LEAD")).get("/admin")).status).toBe(200);
    expect((await (await signedInAs("ASSESSOR")).get("/assessor")).status).toBe(200);
  });

  it("shows the lead a figure in every chart of the dashboard and every status", async () => {
    const page = await (await signedInAs("PROGRAMME_LEAD")).get("/admin/dashboard");
    expect(page.status).toBe(200);
    for (const id of ["applications", "submitted", "decisions", "awards", "expiring", "signatories"]) {
      expect(Number(textById(page.text, "span", `figure-${id}`)), id).toBeGreaterThan(0);
    }
    expect(textById(page.text, "span", "figure-median")).toMatch(/^\d+ days?$/);
    for (const id of CHARTS) {
      const values = chartData(svgById(page.text, id)).map((bar) => bar.value);
      expect(Math.max(...values), id).toBeGreaterThan(0);
    }
    // Every status, theme and place has applications.
    for (const table of ["table-status", "table-theme", "table-place", "table-decisions"]) {
      const counts = Object.values(cellNumbers(tableById(page.text, table)));
      expect(Math.min(...counts), table).toBeGreaterThan(0);
    }
    const awards = cellNumbers(tableById(page.text, "table-awards"));
    for (const key of ["GRANTED", "CURRENT", "EXPIRED", "EXPIRING"]) expect(awards[key], key).toBeGreaterThan(0);
    const workload = rowCells(tableById(page.text, "table-workload"));
    expect(Math.max(...Object.values(workload).map((row) => Number(row.OPEN)))).toBeGreaterThan(0);
  });

  it("shades every place on the map, by applications and by award holders", async () => {
    const lead = await signedInAs("PROGRAMME_LEAD");
    for (const shade of ["applications", "awards"]) {
      const map = await lead.get(`/admin/dashboard/map?shade=${shade}`);
      expect(map.status).toBe(200);
      const steps = [...map.text.matchAll(/data-place="([A-Z_]+)" data-count="\d+" data-step="(\d)"/g)];
      expect(steps.map((m) => m[1]).sort(), shade).toEqual(PLACES.map((p) => p.value).sort());
      expect(Math.min(...steps.map((m) => Number(m[2]))), shade).toBeGreaterThan(0);
    }
  });

  it("lists current award holders on the register, signatories on the charter page and champions", async () => {
    const visitor = new Visitor(t.app);
    const register = (await visitor.get("/register")).text;
    expect(register).toContain("Fernbank Community Pantry");
    expect(register).toContain("Mersey Valley Community Health NHS Trust");
    // Not listed: one holder chose not to be, one award has expired, one application was not awarded.
    for (const name of ["University of the Mersey Estuary", "Northwich Print", "Canalside Coffee"]) {
      expect(register, name).not.toContain(name);
    }
    const charter = (await visitor.get("/charter")).text;
    expect(charter).toContain("Green Corridors Trust");
    expect(charter).toContain("Rivermouth Integrated Care Board");
    // Pending, declined and removed requests are not signatories.
    for (const name of ["Canalside Coffee", "Sefton Coast Learning Trust", "Gritstone Hills Council"]) {
      expect(charter, name).not.toContain(name);
    }
    const champions = (await visitor.get("/champions")).text;
    expect(champions).toContain("Sian Pritchard");
    expect(champions).toContain("sian.pritchard@mersey-valley-health.example.org");
    expect(champions).toContain("Oliver Grant");
    expect(champions).not.toContain("oliver.grant@");
    expect(champions).not.toContain("Amira Haddad");
  });

  it("opens every application, decision, review and certificate of the demo to the people who use them", async () => {
    const lead = await signedInAs("PROGRAMME_LEAD");
    const applications = await t.prisma.application.findMany({ where: { status: { not: "DRAFT" } } });
    expect(applications.length).toBeGreaterThan(20);
    for (const { id, status, orgName } of applications) {
      for (const page of [`/admin/applications/${id}`, `/admin/applications/${id}/history`]) {
        expect((await lead.get(page)).status, `${orgName} (${status}): ${page}`).toBe(200);
      }
    }
    // Two reviews are in for one application: the lead can decide it.
    const ready = await t.prisma.application.findFirstOrThrow({
      where: { orgName: "North West Coast Ambulance Service" },
    });
    const decision = await lead.get(`/admin/applications/${ready.id}/decision`);
    expect(decision.status).toBe(200);
    expect(decision.text).toContain("Record the decision");
    for (const award of await t.prisma.award.findMany()) {
      expect((await lead.get(`/awards/${award.id}/certificate`)).status).toBe(200);
      const check = await new Visitor(t.app).get(`/verify/${award.certificateCode}`);
      const state = { CURRENT: "current", EXPIRED: "expired", REVOKED: "revoked" }[award.status];
      expect(check.text).toContain(state);
    }
    const assessor = await signedInAs("ASSESSOR");
    const demoAssessor = await t.prisma.user.findUniqueOrThrow({ where: { email: "assessor@assessors.invalid" } });
    // Closed assignments (revisions requested) are no longer the assessor's to open.
    const reviews = await t.prisma.assignment.findMany({
      where: { assessorId: demoAssessor.id, status: { not: "CLOSED" } },
    });
    expect(reviews.length).toBeGreaterThan(2);
    for (const review of reviews) {
      expect((await assessor.get(`/assessor/reviews/${review.id}`)).status, review.status).toBe(200);
    }
    for (const page of [
      "/admin/applications",
      "/admin/organisations",
      "/admin/charter",
      "/admin/champions",
      "/admin/audit",
    ]) {
      expect((await lead.get(page)).status, page).toBe(200);
    }
  });
});

// This one changes the demo, so it has a demo of its own: the others read theirs in any order.
describe("the demo programme in use", () => {
  let mine: { app: TestApp; accounts: DemoAccount[] };
  beforeAll(async () => {
    const app = await createTestApp();
    mine = { app, accounts: await seedDemo({ ...app.deps, db: app.deps.db }) };
  });
  afterAll(async () => mine?.app.close());

  it("lets the demo applicant submit and the lead assign the demo assessor to it and to every submitted application", async () => {
    const applicant = await signedInAs("APPLICANT", mine);
    const own = await mine.app.prisma.application.findFirstOrThrow({ where: { orgName: "Demo Community Trust" } });
    const submitted = await applicant.submit(
      `/applications/${own.id}/check-answers`,
      `/applications/${own.id}/submit`,
      {},
    );
    expect(submitted.status, submitted.text.slice(0, 300)).toBe(303);
    const assessor = await mine.app.prisma.user.findUniqueOrThrow({ where: { email: "assessor@assessors.invalid" } });
    const lead = await signedInAs("PROGRAMME_LEAD", mine);
    const waiting = await mine.app.prisma.application.findMany({ where: { status: "SUBMITTED" } });
    expect(waiting.length).toBeGreaterThan(1);
    for (const application of waiting) {
      const page = `/admin/applications/${application.id}`;
      const assigned = await lead.submit(page, `${page}/assign`, { assessorId: assessor.id });
      expect(assigned.status, `${application.orgName}: ${assigned.text.slice(0, 300)}`).toBe(303);
      expect((await lead.get(page)).text).not.toContain("cannot assess this application");
    }
    const queue = (await (await signedInAs("ASSESSOR", mine)).get("/assessor")).text;
    for (const application of waiting) expect(queue).toContain(application.orgName.replace(/'/g, "&#39;"));
  });
});
