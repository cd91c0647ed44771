import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/applications.js";
import type { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let lead: Visitor;
beforeAll(async () => {
  t = await createTestApp();
  lead = await signedIn(t.app, await createUser(t.prisma, { role: "PROGRAMME_LEAD" }));
});
afterAll(() => t.close());

const PAGE = "/admin/settings/window";

describe("the lead's application window", () => {
  it("saves opening and closing dates, shows them again, and clears them", async () => {
    const saved = await lead.submit(PAGE, PAGE, {
      "opensOn-day": "1",
      "opensOn-month": "4",
      "opensOn-year": "2027",
      "closesOn-day": "30",
      "closesOn-month": "6",
      "closesOn-year": "2027",
    });
    expect(saved.status).toBe(303);
    expect((await t.deps.settings.get("award")).applicationWindow).toEqual({
      opensOn: "2027-04-01",
      closesOn: "2027-06-30",
    });
    const form = await lead.get(PAGE);
    expect(form.text).toContain('name="closesOn-day" type="text" value="30"');
    const audit = await t.prisma.auditEvent.findFirst({
      where: { action: "settings.update", subjectId: "award" },
      orderBy: { occurredAt: "desc" },
    });
    expect(audit?.after).toContain("2027-06-30");

    await lead.submit(PAGE, PAGE, {});
    expect((await t.deps.settings.get("award")).applicationWindow).toEqual({ opensOn: null, closesOn: null });
  });

  it.each([
    [
      { "opensOn-day": "31", "opensOn-month": "2", "opensOn-year": "2027" },
      "opensOn-day",
      "The opening date must be a real date",
    ],
    [
      { "closesOn-day": "1", "closesOn-month": "", "closesOn-year": "2027" },
      "closesOn-day",
      "The closing date must be a real date",
    ],
    [
      {
        "opensOn-day": "2",
        "opensOn-month": "5",
        "opensOn-year": "2027",
        "closesOn-day": "1",
        "closesOn-month": "5",
        "closesOn-year": "2027",
      },
      "closesOn-day",
      "The closing date must be the same as or after the opening date",
    ],
  ])("refuses %o with a message beside the date and keeps what was saved", async (fields, field, message) => {
    const before = (await t.deps.settings.get("award")).applicationWindow;
    const response = await lead.submit(PAGE, PAGE, fields);
    expect(response.status).toBe(400);
    expect(response.text).toContain(`href="#${field}"`);
    expect(response.text).toContain(`id="${field}"`);
    expect(response.text).toContain(message);
    expect((await t.deps.settings.get("award")).applicationWindow).toEqual(before);
  });

  it("is for the programme lead only", async () => {
    const applicant = await signedIn(t.app, await createUser(t.prisma, { role: "APPLICANT" }));
    expect((await applicant.get(PAGE)).status).toBe(403);
  });
});
