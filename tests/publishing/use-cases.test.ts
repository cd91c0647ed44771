import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentDeps } from "../../src/modules/content/deps.js";
import { createPage } from "../../src/modules/content/edit-page.js";
import { publishPage, removePage, unpublishPage } from "../../src/modules/content/publishing.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createUser } from "../helpers/factories.js";

// The use cases called as the pages call them, without HTTP, so each rule is checked where it lives.
const FIRST = new Date(Date.UTC(2026, 0, 12, 9, 0));
const LATER = new Date(Date.UTC(2026, 4, 20, 16, 45));

let t: TestApp;
let leadId: string;
const depsAt = (now: Date): ContentDeps => ({
  prisma: t.deps.db.prisma,
  storage: t.deps.storage,
  uploadMaxBytes: t.deps.config.uploadMaxBytes,
  now: () => now,
  random: t.deps.random,
});

beforeAll(async () => {
  t = await createTestApp();
  leadId = (await createUser(t.prisma, { role: "PROGRAMME_LEAD", email: "lead@use-cases.example.net" })).id;
});
afterAll(async () => {
  await t?.close();
});

const audits = (subjectId: string, action: string) => t.prisma.auditEvent.count({ where: { subjectId, action } });

describe("publishing, called directly", () => {
  it("refuses to take down or delete a system page, which stays published with no audit record", async () => {
    const cookies = await t.prisma.contentPage.findFirstOrThrow({ where: { slug: "cookies", system: true } });
    expect(cookies.published).toBe(true);
    expect(await unpublishPage(depsAt(LATER), leadId, cookies.id)).toBe("system");
    expect(await removePage(depsAt(LATER), leadId, cookies.id)).toBe("system");
    expect((await t.prisma.contentPage.findUniqueOrThrow({ where: { id: cookies.id } })).published).toBe(true);
    expect(await audits(cookies.id, "content.unpublish")).toBe(0);
    expect(await audits(cookies.id, "content.delete")).toBe(0);
  });

  it("keeps the first publication date when a page is taken down and published again", async () => {
    const input = { title: "Volunteering days", slug: "", summary: "", category: "", body: "Give a day." };
    const created = await createPage(depsAt(FIRST), leadId, "GUIDE", input);
    if (!created.ok) throw new Error("the guide was not created");
    expect(await publishPage(depsAt(FIRST), leadId, created.id)).toBe(true);
    expect(await unpublishPage(depsAt(FIRST), leadId, created.id)).toBe("done");
    expect(await publishPage(depsAt(LATER), leadId, created.id)).toBe(true);
    const page = await t.prisma.contentPage.findUniqueOrThrow({ where: { id: created.id } });
    expect(page.slug).toBe("volunteering-days");
    expect(page.firstPublishedAt?.getTime()).toBe(FIRST.getTime());
    expect(page.contentUpdatedAt?.getTime()).toBe(LATER.getTime());
    expect(await audits(created.id, "content.publish")).toBe(2);
    // Publishing a page that is already up changes nothing and records nothing.
    expect(await publishPage(depsAt(LATER), leadId, created.id)).toBe(true);
    expect(await audits(created.id, "content.publish")).toBe(2);
  });

  it("says a page that does not exist is missing", async () => {
    expect(await publishPage(depsAt(LATER), leadId, "no-such-page")).toBe(false);
    expect(await unpublishPage(depsAt(LATER), leadId, "no-such-page")).toBe("missing");
  });
});
