import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedContent } from "../../src/modules/content/seed.js";
import { SEED_PAGES } from "../../src/modules/content/seed-content.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("the programme's starting content", () => {
  it("fills an empty content table once, published and searchable, and never again", async () => {
    await t.prisma.contentPage.deleteMany();
    expect((await new Visitor(t.app).get("/")).status).toBe(404);
    const [first, second] = await Promise.all([seedContent(t.deps), seedContent(t.deps)]);
    expect(first + second).toBe(SEED_PAGES.length);
    expect(await seedContent(t.deps)).toBe(0);
    expect(await t.prisma.contentPage.count({ where: { published: true } })).toBe(SEED_PAGES.length);
    expect(await t.prisma.contentPage.count({ where: { kind: "GUIDE" } })).toBe(5);
    expect((await new Visitor(t.app).get("/")).status).toBe(200);
    expect((await new Visitor(t.app).get("/search?q=charter")).text).toContain("/charter");
  });
});
