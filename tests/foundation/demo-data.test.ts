import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/modules/demo/seed.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("demo data", () => {
  it("creates a lead, an assessor and an applicant organisation with its owner on an empty database, once", async () => {
    const accounts = await seedDemo(t.deps);
    expect(accounts.map((a) => a.role)).toEqual(["PROGRAMME_LEAD", "ASSESSOR", "APPLICANT"]);
    expect(await t.prisma.organisation.count()).toBe(1);
    const owner = await t.prisma.membership.findFirst({ include: { user: true, organisation: true } });
    expect(owner?.isOwner).toBe(true);
    expect(owner?.user.email).toBe("applicant@demo.invalid");
    expect(await seedDemo(t.deps)).toEqual([]);
    expect(await t.prisma.user.count()).toBe(3);

    // The printed passwords work.
    const lead = accounts[0]!;
    const visitor = new Visitor(t.app);
    await visitor.signIn(lead.email, lead.password);
    expect((await visitor.get("/admin")).status).toBe(200);
  });
});
