import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { signedIn } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("champions", () => {
  it("adds, edits and removes a champion, with consent deciding what is public", async () => {
    const { visitor } = await signedIn(t);
    const bad = await visitor.submit("/admin/champions/new", "/admin/champions/new", {
      name: "",
      place: "",
      email: "not-an-email",
    });
    expect(bad.status).toBe(400);
    for (const id of ["name", "place", "email"]) expect(bad.text).toContain(`href="#${id}"`);

    const added = await visitor.submit("/admin/champions/new", "/admin/champions/new", {
      name: "Fola Champion",
      role: "Social Value Lead",
      organisationName: "St Helens Council",
      place: "ST_HELENS",
      email: "fola@example.org",
      phone: "01744 000000",
      listed: "yes",
    });
    expect(added.status).toBe(303);
    let page = await new Visitor(t.app).get("/champions?place=ST_HELENS");
    expect(page.text).toContain("Fola Champion");
    expect(page.text).not.toContain("fola@example.org");

    const champion = await t.prisma.champion.findFirstOrThrow({ where: { name: "Fola Champion" } });
    await visitor.submit(`/admin/champions/${champion.id}`, `/admin/champions/${champion.id}`, {
      name: "Fola Champion",
      role: "Social Value Lead",
      organisationName: "St Helens Council",
      place: "ST_HELENS",
      email: "fola@example.org",
      phone: "",
      listed: "yes",
      contactConsent: "yes",
    });
    page = await new Visitor(t.app).get("/champions");
    expect(page.text).toContain("fola@example.org");

    await visitor.submit(`/admin/champions/${champion.id}/remove`, `/admin/champions/${champion.id}/remove`, {});
    expect((await new Visitor(t.app).get("/champions")).text).not.toContain("Fola Champion");
    const actions = (await t.prisma.auditEvent.findMany({ where: { subjectId: champion.id } }))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(["champion.add", "champion.edit", "champion.remove"]);
  });
});

describe("settings the lead edits", () => {
  it("changes the contact details shown on the contact page, with errors for bad input", async () => {
    const { visitor } = await signedIn(t);
    const bad = await visitor.submit("/admin/settings/contact", "/admin/settings/contact", {
      name: "",
      role: "Lead",
      organisation: "",
      email: "nope",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#name"');
    expect(bad.text).toContain('href="#email"');
    expect(bad.text).toContain('value="Lead"');
    const ok = await visitor.submit("/admin/settings/contact", "/admin/settings/contact", {
      name: "Gwen Lead",
      role: "Programme Lead",
      organisation: "Wirral Council",
      email: "Gwen@Example.org",
    });
    expect(ok.status).toBe(303);
    expect((await new Visitor(t.app).get("/contact")).text).toContain("gwen@example.org");
    expect(await t.prisma.auditEvent.count({ where: { action: "settings.update", subjectId: "contact" } })).toBe(1);
  });

  it("changes the award's numbers shown on the award page, checking the weights add up", async () => {
    const { visitor } = await signedIn(t);
    const form = await visitor.get("/admin/settings/award");
    const values: Record<string, string> = Object.fromEntries(
      [...form.text.matchAll(/name="([\w-]+)"[^>]*value="(\d+)"/g)].map((m): [string, string] => [
        m[1] ?? "",
        m[2] ?? "",
      ]),
    );
    expect(values.validityYears).toBe("5");
    const bad = await visitor.submit("/admin/settings/award", "/admin/settings/award", {
      ...values,
      "weights-outcome": "50",
      validityYears: "",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("must add up to 100");
    expect(bad.text).toContain('href="#validityYears"');
    const ok = await visitor.submit("/admin/settings/award", "/admin/settings/award", {
      ...values,
      validityYears: "3",
      recognitionThresholdPercent: "70",
    });
    expect(ok.status).toBe(303);
    const award = await new Visitor(t.app).get("/award");
    expect(award.text).toContain("lasts 3 years");
    expect(award.text).toContain("70% or more");
    // The criteria have one name each: the award page uses the names the assessors score under.
    for (const name of ["Evidence quality", "Local benefit and focus on inequalities"]) {
      expect(award.text).toContain(name);
      expect((await visitor.get("/admin/settings/award")).text).toContain(name);
    }
    expect(award.text).not.toContain("Quality of evidence");
  });

  it("sets footer links, refusing unsafe addresses", async () => {
    const { visitor } = await signedIn(t);
    const bad = await visitor.submit("/admin/settings/footer", "/admin/settings/footer", {
      "text-0": "Bad",
      "href-0": "javascript:alert(1)",
      "text-1": "",
      "href-1": "/x",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#href-0"');
    expect(bad.text).toContain('href="#text-1"');
    await visitor.submit("/admin/settings/footer", "/admin/settings/footer", {
      "text-0": "Our partners",
      "href-0": "https://example.org/partners",
    });
    expect((await new Visitor(t.app).get("/privacy")).text).toContain(
      'href="https://example.org/partners">Our partners</a>',
    );
  });
});
