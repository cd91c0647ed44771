import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { ooxml, pdf, png } from "../helpers/files.js";
import { createGuide, signedIn, tokenFrom } from "./helpers.js";

let t: TestApp;
let lead: Visitor;
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_MAX_MB: "1" });
  lead = (await signedIn(t)).visitor;
});
afterAll(async () => t?.close());

const storedFiles = () => {
  const folder = path.join(t.uploadDir, "files", "attachments");
  return existsSync(folder) ? readdirSync(folder) : [];
};
const tempFiles = () => readdirSync(path.join(t.uploadDir, "tmp"));

/** A guide of the test's own (each test gives its own title, so its own slug), published. */
async function publishedGuide(title: string): Promise<string> {
  const id = await createGuide(lead, { title, body: "Read the files" });
  await lead.submit(`/admin/content/${id}`, `/admin/content/${id}/publish`, {});
  return id;
}

async function upload(guideId: string, file: Buffer, name: string, title = "The file", target = "new") {
  const form = `/admin/content/${guideId}/attachments/${target}`;
  const token = await tokenFrom(lead, form);
  return lead.raw("post", form).field("_csrf", token).field("title", title).attach("file", file, name);
}

describe("attachments", () => {
  it("uploads a real PDF, shows its size, and serves it as a safe download", async () => {
    const guideId = await publishedGuide("Guide with files");
    const before = storedFiles().length;
    const response = await upload(guideId, pdf("guide body"), "../Siân's guide.pdf", "The guide as a PDF");
    expect(response.status).toBe(303);
    const page = await new Visitor(t.app).get("/guides/guide-with-files");
    expect(page.text).toContain("The guide as a PDF");
    expect(page.text).toMatch(/PDF, \d+ bytes/);
    const href = /href="(\/guides\/guide-with-files\/files\/[^"]+)"/.exec(page.text)?.[1] ?? "";
    const download = await new Visitor(t.app).get(href);
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe(
      "attachment; filename=\"Sian's guide.pdf\"; filename*=UTF-8''Si%C3%A2n%27s%20guide.pdf",
    );
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(download.body as Buffer).toString("latin1")).toContain("guide body");
    const row = await t.prisma.attachment.findFirstOrThrow({ where: { pageId: guideId } });
    // Exactly one file more in storage, and it is this upload's.
    expect(storedFiles()).toHaveLength(before + 1);
    expect(storedFiles()).toContain(row.storageKey.split("/")[1]);
    expect(row.storageKey).not.toContain("guide");
    expect(await t.prisma.auditEvent.count({ where: { action: "attachment.upload", subjectId: row.id } })).toBe(1);
  });

  it.each([
    ["a forbidden type", png(), "photo.png", "must be a PDF, DOCX, PPTX, XLSX, ODT or ODP"],
    [
      "content that does not match its extension",
      Buffer.from("<script>alert(1)</script>"),
      "fake.pdf",
      "does not match its type",
    ],
    ["a Word file named as slides", ooxml("docx"), "deck.pptx", "does not match its type"],
    [
      "a file over the size limit",
      Buffer.concat([pdf(), Buffer.alloc(1024 * 1024 + 10, 32)]),
      "big.pdf",
      "smaller than 1 MB",
    ],
  ])("refuses %s with an inline error and keeps no file", async (label, content, name, message) => {
    const guideId = await createGuide(lead, { title: `Guide refusing ${label}`, body: "Read the files" });
    const before = storedFiles().length;
    const response = await upload(guideId, content, name, "Kept title");
    expect(response.status).toBe(400);
    expect(response.text).toContain("<title>Error: ");
    expect(response.text).toContain('href="#file"');
    expect(response.text).toContain(message);
    expect(response.text).toContain('value="Kept title"');
    expect(storedFiles()).toHaveLength(before);
    // Temporary files go when the response ends.
    await expect.poll(() => tempFiles()).toEqual([]);
  });

  it("replaces a file, removing the old one, and removes it", async () => {
    const guideId = await publishedGuide("Guide with slides");
    await upload(guideId, pdf("first"), "first.pdf", "Slides");
    const row = await t.prisma.attachment.findFirstOrThrow({ where: { pageId: guideId, title: "Slides" } });
    const replaced = await upload(guideId, ooxml("pptx"), "slides.pptx", "Training slides", row.id);
    expect(replaced.status).toBe(303);
    const after = await t.prisma.attachment.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.contentType).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(after.title).toBe("Training slides");
    expect(storedFiles()).not.toContain(row.storageKey.split("/")[1]);
    expect(storedFiles()).toContain(after.storageKey.split("/")[1]);

    const token = await tokenFrom(lead, `/admin/content/${guideId}`);
    const removed = await lead.post(`/admin/content/${guideId}/attachments/${row.id}/remove`, { _csrf: token });
    expect(removed.status).toBe(303);
    expect(storedFiles()).not.toContain(after.storageKey.split("/")[1]);
    const actions = (await t.prisma.auditEvent.findMany({ where: { subjectId: row.id } })).map((e) => e.action).sort();
    expect(actions).toEqual(["attachment.remove", "attachment.replace", "attachment.upload"]);
  });

  it("does not serve the files of an unpublished page to the public", async () => {
    const guideId = await publishedGuide("Guide going private");
    expect((await upload(guideId, pdf("private"), "private.pdf")).status).toBe(303);
    const row = await t.prisma.attachment.findFirstOrThrow({ where: { pageId: guideId } });
    await lead.submit(`/admin/content/${guideId}`, `/admin/content/${guideId}/unpublish`, {});
    expect((await new Visitor(t.app).get(`/guides/guide-going-private/files/${row.id}`)).status).toBe(404);
    expect((await lead.get(`/guides/guide-going-private/files/${row.id}`)).status).toBe(200);
  });

  it("deleting a page deletes its files", async () => {
    const id = await createGuide(lead, { title: "Short lived", body: "x" });
    const token = await tokenFrom(lead, `/admin/content/${id}/attachments/new`);
    await lead
      .raw("post", `/admin/content/${id}/attachments/new`)
      .field("_csrf", token)
      .field("title", "F")
      .attach("file", pdf(), "f.pdf");
    const row = await t.prisma.attachment.findFirstOrThrow({ where: { pageId: id } });
    await lead.submit(`/admin/content/${id}/delete`, `/admin/content/${id}/delete`, {});
    expect(storedFiles()).not.toContain(row.storageKey.split("/")[1]);
  });
});
