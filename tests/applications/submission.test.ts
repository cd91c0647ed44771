import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import {
  addMember,
  completeApplication,
  createOrganisation,
  signedIn,
  startApplication,
  VALID_THEME,
} from "../helpers/applications.js";
import { csrfTokenIn } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.prisma, { email: "lead@example.org", role: "PROGRAMME_LEAD" });
});
afterAll(() => t.close());

async function readyApplication(themes = ["social", "economic"]) {
  const { owner, organisation } = await createOrganisation(t.prisma);
  const visitor = await signedIn(t.app, owner);
  const id = await startApplication(visitor);
  await completeApplication(visitor, id, themes);
  return { owner, organisation, visitor, id, base: `/applications/${id}` };
}

describe("check your answers", () => {
  it("shows every answer with a Change link that comes back here", async () => {
    const { visitor, base } = await readyApplication();
    const page = await visitor.get(`${base}/check-answers`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Check your answers before you submit");
    expect(page.text).toContain("Mersey Community Trust");
    expect(page.text).toContain("Liverpool, Sefton");
    expect(page.text).toContain("Social theme");
    expect(page.text).toContain("Economic theme");
    expect(page.text).toContain("Since March 2024");
    expect(page.text).toContain("Create fair employment and good work for all");
    expect(page.text).toContain(`href="${base}/themes/social?from=check"`);
    expect(page.text).toContain(`href="${base}/organisation?from=check"`);

    const form = await visitor.get(`${base}/organisation?from=check`);
    expect(form.text).toContain('name="from" value="check"');
    const version = /name="version" value="(\d+)"/.exec(form.text)![1]!;
    const saved = await visitor.post(`${base}/organisation`, {
      _csrf: csrfTokenIn(form.text),
      version,
      from: "check",
      action: "continue",
      orgName: "Mersey Community Trust CIC",
      orgType: "VCFSE",
      orgAddressLine1: "2 Dock Road",
      orgTown: "Liverpool",
      orgPostcode: "L3 4BB",
      orgPlaces: ["LIVERPOOL"],
      orgSizeBand: "SMALL",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`${base}/check-answers`);
  });

  it("refuses to submit an incomplete application, saying what is missing", async () => {
    const { owner } = await createOrganisation(t.prisma);
    const visitor = await signedIn(t.app, owner);
    const id = await startApplication(visitor);
    const response = await visitor.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
    expect(response.status).toBe(400);
    expect(response.text).toContain("There is a problem");
    expect(response.text).toContain('href="#incomplete-sections"');
    expect(response.text).toContain('id="incomplete-sections"');
    expect(response.text).toContain("Organisation details, Choose themes, Declaration");
    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DRAFT");
    expect(row.reference).toBeNull();
  });
});

describe("submitting", () => {
  it("gives a reference, locks editing and emails every member and the lead", async () => {
    const { visitor, base, id, organisation, owner } = await readyApplication();
    const colleague = await addMember(t.prisma, organisation.id, "Cara Colleague");
    const response = await visitor.submit(`${base}/check-answers`, `${base}/submit`, {});
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`${base}/status?submitted=1`);
    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.reference).toMatch(new RegExp(`^SVA-${new Date().getUTCFullYear()}-\\d{4}$`));

    const status = await visitor.get(`${base}/status?submitted=1`);
    expect(status.text).toContain("Application submitted");
    expect(status.text).toContain(row.reference!);

    const mail = t.outbox();
    const toMembers = mail.find((m) => m.subject === `Application ${row.reference} submitted`);
    expect(toMembers?.to.sort()).toEqual([owner.email, colleague.email].sort());
    expect(toMembers?.text).toContain(`/applications/${id}/status`);
    const toLead = mail.find((m) => m.subject.startsWith(`New application ${row.reference}`));
    expect(toLead?.to).toEqual(["lead@example.org"]);

    // Locked: no more changes.
    expect((await visitor.get(`${base}/organisation`)).status).toBe(409);
    const form = await visitor.get(`${base}/status`);
    const edit = await visitor.post(`${base}/themes/social`, {
      _csrf: csrfTokenIn(form.text),
      version: "1",
      action: "continue",
      ...VALID_THEME,
      whatChanged: "changed after submission",
    });
    expect(edit.status).toBe(409);
    expect(edit.text).toContain("can no longer be changed");
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id, theme: "SOCIAL" } });
    expect(theme.whatChanged).not.toBe("changed after submission");
    expect((await visitor.get(base)).headers.location).toBe(`${base}/status`);
  });

  it("numbers applications in order within the year", async () => {
    const first = await readyApplication(["social"]);
    const second = await readyApplication(["social"]);
    await first.visitor.submit(`${first.base}/check-answers`, `${first.base}/submit`, {});
    await second.visitor.submit(`${second.base}/check-answers`, `${second.base}/submit`, {});
    const a = await t.prisma.application.findUniqueOrThrow({ where: { id: first.id } });
    const b = await t.prisma.application.findUniqueOrThrow({ where: { id: second.id } });
    const number = (ref: string | null) => Number(ref!.slice(-4));
    expect(number(b.reference)).toBe(number(a.reference) + 1);
  });

  it("makes one submission from a double click or two tabs", async () => {
    const { visitor, base, id } = await readyApplication(["social"]);
    const page = await visitor.get(`${base}/check-answers`);
    const token = csrfTokenIn(page.text);
    const before = await t.prisma.applicationReferenceCounter.findMany();
    const responses = await Promise.all([1, 2, 3].map(() => visitor.post(`${base}/submit`, { _csrf: token })));
    for (const response of responses) {
      expect(response.status).toBe(303);
      expect(response.headers.location).toMatch(new RegExp(`^${base}/status`));
    }
    const submits = await t.prisma.auditEvent.count({ where: { action: "application.submit", subjectId: id } });
    expect(submits).toBe(1);
    const after = await t.prisma.applicationReferenceCounter.findMany();
    const total = (rows: { last: number }[]) => rows.reduce((sum, row) => sum + row.last, 0);
    expect(total(after) - total(before)).toBe(1);
    const emails = t.outbox().filter((m) => m.text.includes(`/applications/${id}/status`));
    expect(emails).toHaveLength(1);
  });

  it("allows drafts but not submission outside the application window, and says when it opens", async () => {
    const lead = await t.prisma.user.findUniqueOrThrow({ where: { email: "lead@example.org" } });
    const award = await t.deps.settings.get("award");
    await t.deps.settings.set(
      "award",
      { ...award, applicationWindow: { opensOn: "2099-01-15", closesOn: "2099-03-31" } },
      lead.id,
    );
    try {
      const { visitor, base, id } = await readyApplication(["social"]);
      const taskList = await visitor.get(base);
      expect(taskList.text).toContain("Applications open on 15 January 2099");
      const response = await visitor.submit(`${base}/check-answers`, `${base}/submit`, {});
      expect(response.status).toBe(400);
      expect(response.text).toContain("Applications cannot be submitted at the moment");
      expect((await t.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    } finally {
      await t.deps.settings.set("award", award, lead.id);
    }
  });
});

describe("withdrawing and applying again", () => {
  it("withdraws before a decision, then starts a new application copied from the old one", async () => {
    const { visitor, base, id, organisation } = await readyApplication(["social"]);
    await visitor.submit(`${base}/check-answers`, `${base}/submit`, {});
    const unconfirmed = await visitor.submit(`${base}/withdraw`, `${base}/withdraw`, { withdrawalReason: "" });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.text).toContain("Select yes to withdraw the application");
    const withdrawn = await visitor.submit(`${base}/withdraw`, `${base}/withdraw`, {
      withdrawalReason: "Restructuring",
      confirm: "yes",
    });
    expect(withdrawn.status).toBe(303);
    const status = await visitor.get(`${base}/status`);
    expect(status.text).toContain("This application was withdrawn on");
    expect(status.text).toContain("Restructuring");

    const copy = await visitor.submit(`${base}/status`, `${base}/reapply`, {});
    expect(copy.status).toBe(303);
    const newId = /^\/applications\/([^/?]+)\?saved=copied$/.exec(copy.headers.location!)?.[1];
    expect(newId).toBeDefined();
    expect(newId).not.toBe(id);
    const fresh = await t.prisma.application.findUniqueOrThrow({ where: { id: newId! }, include: { themes: true } });
    expect(fresh.copiedFromId).toBe(id);
    expect(fresh.orgName).toBe("Mersey Community Trust");
    expect(fresh.themes[0]?.whatChanged).toBe(VALID_THEME.whatChanged);
    expect(fresh.themes[0]?.completedAt).toBeNull();
    expect(fresh.declarationName).toBe("");
    expect(fresh.reference).toBeNull();
    const taskList = await visitor.get(`/applications/${newId}?saved=copied`);
    expect(taskList.text).toContain("starts from a copy of your previous one");

    // Still one live application: a second copy goes to the live one.
    const again = await visitor.submit(`${base}/status`, `${base}/reapply`, {});
    expect(again.headers.location).toBe(`/applications/${newId}`);
    expect(
      await t.prisma.application.count({ where: { organisationId: organisation.id, liveKey: { not: null } } }),
    ).toBe(1);
  });
});
