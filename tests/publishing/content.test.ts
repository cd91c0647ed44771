import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createGuide, signedIn } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("publishing guides and pages", () => {
  it("creates, previews, publishes, edits, unpublishes and deletes a guide, auditing each step", async () => {
    const { visitor } = await signedIn(t);
    const preview = await visitor.submit("/admin/content/new?kind=GUIDE", "/admin/content/new", {
      kind: "GUIDE",
      action: "preview",
      title: "Commissioning for Social Value",
      body: "## Buying well\n\nA **bold** start.",
    });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('<h2 class="govuk-heading-l">Buying well</h2>');
    expect(await t.prisma.contentPage.count({ where: { slug: "commissioning-for-social-value" } })).toBe(0);

    const id = await createGuide(visitor, {
      title: "Commissioning for Social Value",
      category: "Guides",
      summary: "Buying with purpose",
      body: "## Buying well\n\nFirst words.",
    });
    expect((await new Visitor(t.app).get("/guides/commissioning-for-social-value")).status).toBe(404);

    expect((await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}/publish`, {})).status).toBe(303);
    const published = await new Visitor(t.app).get("/guides/commissioning-for-social-value");
    expect(published.status).toBe(200);
    expect(published.text).toContain("First words.");
    expect((await new Visitor(t.app).get("/guides")).text).toContain("Commissioning for Social Value");

    const edit = await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}`, {
      action: "save",
      title: "Commissioning for Social Value",
      slug: "commissioning-for-social-value",
      summary: "Buying with purpose",
      category: "Guides",
      body: "Second words.",
    });
    expect(edit.status).toBe(303);
    expect((await new Visitor(t.app).get("/guides/commissioning-for-social-value")).text).toContain("Second words.");

    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}/unpublish`, {});
    expect((await new Visitor(t.app).get("/guides/commissioning-for-social-value")).status).toBe(404);

    const deleted = await visitor.submit(`/admin/content/${id}/delete`, `/admin/content/${id}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(await t.prisma.contentPage.findUnique({ where: { id } })).toBeNull();
    const actions = (
      await t.prisma.auditEvent.findMany({ where: { subjectId: id }, orderBy: { occurredAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "content.create",
      "content.publish",
      "content.update",
      "content.unpublish",
      "content.delete",
    ]);
  });

  it("keeps earlier versions and restores one", async () => {
    const { visitor } = await signedIn(t);
    const id = await createGuide(visitor, { title: "Versioned guide", body: "Version one text" });
    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}/publish`, {});
    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}`, {
      action: "save",
      title: "Versioned guide",
      slug: "versioned-guide",
      summary: "",
      category: "",
      body: "Version two text",
    });
    const versions = await visitor.get(`/admin/content/${id}/versions`);
    expect(versions.text).toContain('Restore<span class="govuk-visually-hidden"> version 1');
    const restored = await visitor.submit(
      `/admin/content/${id}/versions`,
      `/admin/content/${id}/versions/1/restore`,
      {},
    );
    expect(restored.status).toBe(303);
    expect((await new Visitor(t.app).get("/guides/versioned-guide")).text).toContain("Version one text");
    expect(await t.prisma.contentVersion.count({ where: { pageId: id } })).toBe(3);
    expect(await t.prisma.auditEvent.count({ where: { subjectId: id, action: "content.restore-version" } })).toBe(1);
  });

  it("shows clear errors, keeps what was typed, and refuses duplicate or unsafe web addresses", async () => {
    const { visitor } = await signedIn(t);
    const empty = await visitor.submit("/admin/content/new?kind=GUIDE", "/admin/content/new", {
      kind: "GUIDE",
      action: "save",
      title: "",
      slug: "Bad Slug/../x",
      summary: "Kept summary",
      body: "",
    });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("<title>Error: ");
    expect(empty.text).toContain('href="#title"');
    expect(empty.text).toContain('href="#slug"');
    expect(empty.text).toContain('href="#body"');
    expect(empty.text).toContain("Kept summary");

    await createGuide(visitor, { title: "Unique guide", body: "x" });
    const clash = await visitor.submit("/admin/content/new?kind=GUIDE", "/admin/content/new", {
      kind: "GUIDE",
      action: "save",
      title: "Another",
      slug: "unique-guide",
      body: "y",
    });
    expect(clash.status).toBe(400);
    expect(clash.text).toContain("Another page already uses this web address");
  });

  it("keeps the fixed pages at their addresses: they cannot be unpublished or deleted", async () => {
    const { visitor } = await signedIn(t);
    const home = await t.prisma.contentPage.findFirstOrThrow({ where: { slug: "home", system: true } });
    await visitor.submit(`/admin/content/${home.id}`, `/admin/content/${home.id}/unpublish`, {});
    expect((await new Visitor(t.app).get("/")).status).toBe(200);
    expect((await visitor.get(`/admin/content/${home.id}/delete`)).status).toBe(404);
    const edit = await visitor.submit(`/admin/content/${home.id}`, `/admin/content/${home.id}`, {
      action: "save",
      title: "A new home title",
      slug: "moved",
      summary: "",
      category: "",
      body: "Edited home page",
    });
    expect(edit.status).toBe(303);
    const page = await new Visitor(t.app).get("/");
    expect(page.text).toContain("A new home title");
    expect(page.text).toContain("Edited home page");
  });

  it.each(["APPLICANT", "ASSESSOR"] as const)("refuses the publishing tools to an %s", async (role) => {
    const { visitor } = await signedIn(t, role);
    const guide = await t.prisma.contentPage.findFirstOrThrow({ where: { kind: "GUIDE", slug: "social-value-guide" } });
    for (const path of [
      "/admin/content",
      "/admin/content/new",
      `/admin/content/${guide.id}`,
      "/admin/champions",
      "/admin/charter",
      "/admin/settings/contact",
    ]) {
      expect((await visitor.get(path)).status).toBe(403);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec((await visitor.get("/charter/sign")).text)?.[1] ?? "";
    const attempt = await visitor.post(`/admin/content/${guide.id}/unpublish`, { _csrf: token });
    expect(attempt.status).toBe(403);
    expect((await t.prisma.contentPage.findUniqueOrThrow({ where: { id: guide.id } })).published).toBe(true);
  });

  it("sends anonymous visitors to sign in", async () => {
    const response = await new Visitor(t.app).get("/admin/content");
    expect(response.status).toBe(303);
    expect(response.headers.location).toContain("/sign-in");
  });
});
