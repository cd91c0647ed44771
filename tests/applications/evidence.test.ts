import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import {
  completeApplication,
  createOrganisation,
  signedIn,
  startApplication,
  VALID_THEME,
} from "../helpers/applications.js";
import { csrfTokenIn, Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";
import { jpeg, ooxml, pdf, png } from "../helpers/files.js";

let t: TestApp;
let leadId: string;
beforeAll(async () => {
  t = await createTestApp();
  leadId = (await createUser(t.prisma, { email: "lead-evidence@example.org", role: "PROGRAMME_LEAD" })).id;
});
afterAll(() => t.close());

const storedFiles = () => {
  const folder = path.join(t.uploadDir, "files", "evidence");
  return existsSync(folder) ? readdirSync(folder) : [];
};
const temporaryFiles = () => {
  const folder = path.join(t.uploadDir, "tmp");
  return existsSync(folder) ? readdirSync(folder) : [];
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function themePage() {
  const { owner, organisation } = await createOrganisation(t.prisma);
  const visitor = await signedIn(t.app, owner);
  const id = await startApplication(visitor);
  const themes = await visitor.get(`/applications/${id}/themes`);
  await visitor.post(`/applications/${id}/themes`, {
    _csrf: csrfTokenIn(themes.text),
    version: "0",
    action: "continue",
    chosenThemes: "SOCIAL",
  });
  return { owner, organisation, visitor, id, page: `/applications/${id}/themes/social` };
}

/** Posts the theme page as a browser does: multipart, token first, then the answers and the file. */
async function postWithFile(
  visitor: Visitor,
  page: string,
  file: { content: Buffer; name: string } | null,
  fields: Record<string, string | string[]> = {},
  action = "upload",
) {
  const form = await visitor.get(page);
  const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
  let request = visitor.raw("post", page).field("_csrf", csrfTokenIn(form.text)).field("version", version);
  const answers: Record<string, string | string[]> = {
    ...VALID_THEME,
    evidenceDescription: "Survey of 120 families, March 2024",
    ...fields,
    action,
  };
  for (const [name, value] of Object.entries(answers)) {
    for (const item of Array.isArray(value) ? value : [value]) request = request.field(name, item);
  }
  if (file) request = request.attach("evidenceFile", file.content, file.name);
  return visitor.keep(await request);
}

describe("evidence on a finished application", () => {
  it("keeps a completed theme completed when a file is added, and lists each file on check answers", async () => {
    const { visitor, id, page } = await themePage();
    await completeApplication(visitor, id);
    const before = await visitor.get(`/applications/${id}`);
    const socialCompleted = /Social theme\s*<\/a>(?:(?!<\/li>)[\s\S])*Completed/;
    expect(before.text).toMatch(socialCompleted);
    const uploaded = await postWithFile(visitor, page, {
      content: pdf("Family survey"),
      name: "Family survey 2024.pdf",
    });
    expect(uploaded.status).toBe(303);
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(theme.completedAt).not.toBeNull();
    expect((await visitor.get(`/applications/${id}`)).text).toMatch(socialCompleted);

    const check = await visitor.get(`/applications/${id}/check-answers`);
    expect(check.text).toContain("Evidence files");
    expect(check.text).toMatch(/Family survey 2024\.pdf \(\d+(\.\d+)? (bytes|KB)\)/);
    expect(check.text).toContain(`href="${page}?from=check#evidence"`);
    expect(check.text).not.toContain("Complete every section");
    const submitted = await visitor.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
    expect(submitted.status).toBe(303);
  });

  it("drops the completed state when an upload comes with answers that no longer pass their checks", async () => {
    const { visitor, id, page } = await themePage();
    await completeApplication(visitor, id);
    await postWithFile(visitor, page, { content: pdf("Survey"), name: "Survey.pdf" }, { whatChanged: "" });
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(theme.completedAt).toBeNull();
  });
});

describe("several files in one request", () => {
  it("refuses two files sent at once with a clear message beside the field, keeping neither and the answers typed", async () => {
    const { visitor, id, page } = await themePage();
    const storedBefore = storedFiles();
    const form = await visitor.get(page);
    const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
    let request = visitor.raw("post", page).field("_csrf", csrfTokenIn(form.text)).field("version", version);
    for (const [name, value] of Object.entries({
      ...VALID_THEME,
      whatChanged: "Typed with two files.",
      action: "upload",
    })) {
      for (const item of Array.isArray(value) ? value : [value]) request = request.field(name, item);
    }
    request = request
      .attach("evidenceFile", pdf("First"), "First.pdf")
      .attach("evidenceFile", pdf("Second"), "Second.pdf");
    const response = visitor.keep(await request);
    expect(response.status).toBe(400);
    expect(response.text).toContain("Upload one file at a time: 2 files were sent and none was kept");
    expect(response.text).toContain('href="#evidenceFile"');
    expect(response.text).toContain("Typed with two files.");
    expect(await t.prisma.evidenceFile.count({ where: { applicationTheme: { applicationId: id } } })).toBe(0);
    await settle();
    expect(storedFiles()).toEqual(storedBefore);
    expect(temporaryFiles()).toEqual([]);
  });
});

describe("uploading evidence", () => {
  it("keeps a PDF with its description, saves the answers on the page, and lists the file", async () => {
    const { visitor, id, page } = await themePage();
    const response = await postWithFile(
      visitor,
      page,
      { content: pdf("Family survey"), name: "Family survey 2024.pdf" },
      { whatChanged: "Typed before uploading." },
    );
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`${page}?evidence=uploaded#evidence`);
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({
      where: { applicationId: id },
      include: { evidence: true },
    });
    expect(theme.whatChanged).toBe("Typed before uploading.");
    expect(theme.evidence).toHaveLength(1);
    expect(theme.evidence[0]).toMatchObject({
      originalName: "Family survey 2024.pdf",
      description: "Survey of 120 families, March 2024",
      kind: "pdf",
      contentType: "application/pdf",
    });
    expect(theme.evidence[0]!.storageKey).not.toContain("Family");
    const shown = await visitor.get(`${page}?evidence=uploaded`);
    expect(shown.text).toContain("File uploaded.");
    expect(shown.text).toContain("Family survey 2024.pdf");
    expect(shown.text).toContain("PDF, ");
    await settle();
    expect(temporaryFiles()).toEqual([]);
  });

  it("lets members and the lead download it as an attachment, and nobody else", async () => {
    const { visitor, id, page } = await themePage();
    await postWithFile(visitor, page, { content: png(), name: "Siân's photo.png" });
    const file = await t.prisma.evidenceFile.findFirstOrThrow({ where: { applicationTheme: { applicationId: id } } });
    const download = await visitor.raw("get", `/evidence/${file.id}`).buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="Sian's photo.png"; filename*=UTF-8''Si%C3%A2n%27s%20photo.png`,
    );
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(download.body as Buffer)).toEqual(png());

    const lead = await signedIn(t.app, {
      email: "lead-evidence@example.org",
      password: "correct horse battery staple",
    });
    expect((await lead.get(`/evidence/${file.id}`)).status).toBe(200);
    const other = await createOrganisation(t.prisma, "Another organisation");
    expect((await (await signedIn(t.app, other.owner)).get(`/evidence/${file.id}`)).status).toBe(404);
    const assessor = await createUser(t.prisma, { role: "ASSESSOR" });
    expect((await (await signedIn(t.app, assessor)).get(`/evidence/${file.id}`)).status).toBe(404);
    const signedOut = await new Visitor(t.app).get(`/evidence/${file.id}`);
    expect(signedOut.status).toBe(303);
    expect((await visitor.get("/evidence/no-such-file")).status).toBe(404);
  });

  const BAD_FILES: [string, { content: Buffer; name: string }, string][] = [
    [
      "of a forbidden type",
      { content: Buffer.from("MZ executable"), name: "setup.exe" },
      "The selected file must be a PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, CSV, PNG or JPEG",
    ],
    ["with a renamed extension", { content: png(), name: "report.pdf" }, "content does not match its name"],
    ["that is empty", { content: Buffer.alloc(0), name: "empty.pdf" }, "The selected file is empty"],
    [
      "with a path in its name",
      { content: pdf(), name: "..\\..\\reports\\secret.pdf" },
      "must not include a folder path",
    ],
    [
      "that is a Word file named as a spreadsheet",
      { content: ooxml("docx"), name: "figures.xlsx" },
      "content does not match its name",
    ],
  ];

  it.each(BAD_FILES)(
    "refuses a file %s beside the file field, keeps the other answers, and keeps no file",
    async (_what, file, message) => {
      const { visitor, id, page } = await themePage();
      const before = storedFiles().length;
      const response = await postWithFile(visitor, page, file, { whatChanged: "Answers typed on the same page." });
      expect(response.status).toBe(400);
      expect(response.text).toContain("There is a problem");
      expect(response.text).toContain('href="#evidenceFile"');
      expect(response.text).toContain(message);
      expect(response.text).toContain("Answers typed on the same page.");
      expect(response.text).toContain('value="Survey of 120 families, March 2024"');
      expect(await t.prisma.evidenceFile.count({ where: { applicationTheme: { applicationId: id } } })).toBe(0);
      const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
      expect(theme.whatChanged).toBe("Answers typed on the same page.");
      await settle();
      expect(storedFiles().length).toBe(before);
      expect(temporaryFiles()).toEqual([]);
    },
  );

  it("refuses a file over the size limit the lead has set", async () => {
    const award = await t.deps.settings.get("award");
    await t.deps.settings.set("award", { ...award, maxFileMegabytes: 1 }, leadId);
    try {
      const { visitor, page } = await themePage();
      const big = Buffer.concat([pdf(), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const response = await postWithFile(visitor, page, { content: big, name: "big.pdf" });
      expect(response.status).toBe(400);
      expect(response.text).toContain("The selected file must be smaller than 1 MB");
      await settle();
      expect(temporaryFiles()).toEqual([]);
    } finally {
      await t.deps.settings.set("award", award, leadId);
    }
  });

  it("refuses a file beyond the number allowed for a theme", async () => {
    const award = await t.deps.settings.get("award");
    await t.deps.settings.set("award", { ...award, maxFilesPerTheme: 2 }, leadId);
    try {
      const { visitor, id, page } = await themePage();
      expect((await postWithFile(visitor, page, { content: pdf(), name: "one.pdf" })).status).toBe(303);
      expect((await postWithFile(visitor, page, { content: jpeg(), name: "two.jpg" })).status).toBe(303);
      const third = await postWithFile(visitor, page, { content: pdf(), name: "three.pdf" });
      expect(third.status).toBe(400);
      expect(third.text).toContain("You can upload up to 2 files for each theme");
      expect(await t.prisma.evidenceFile.count({ where: { applicationTheme: { applicationId: id } } })).toBe(2);
    } finally {
      await t.deps.settings.set("award", award, leadId);
    }
  });

  it("asks for a description and for a file when Upload is pressed without one", async () => {
    const { visitor, page } = await themePage();
    const noDescription = await postWithFile(
      visitor,
      page,
      { content: pdf(), name: "a.pdf" },
      { evidenceDescription: "" },
    );
    expect(noDescription.status).toBe(400);
    expect(noDescription.text).toContain("Enter a short description of the file");
    const noFile = await postWithFile(visitor, page, null);
    expect(noFile.status).toBe(400);
    expect(noFile.text).toContain("Select a file to upload");
  });

  it("removes a file after asking, from storage as well as the list", async () => {
    const { visitor, id, page } = await themePage();
    await postWithFile(visitor, page, { content: pdf(), name: "old.pdf" });
    const file = await t.prisma.evidenceFile.findFirstOrThrow({ where: { applicationTheme: { applicationId: id } } });
    const confirm = await visitor.get(`${page}/evidence/${file.id}/remove`);
    expect(confirm.text).toContain("Are you sure you want to remove old.pdf?");
    const removed = await visitor.submit(
      `${page}/evidence/${file.id}/remove`,
      `${page}/evidence/${file.id}/remove`,
      {},
    );
    expect(removed.status).toBe(303);
    expect(await t.prisma.evidenceFile.count({ where: { id: file.id } })).toBe(0);
    expect(existsSync(path.join(t.uploadDir, "files", ...file.storageKey.split("/")))).toBe(false);
  });

  it("refuses uploads after submission, and copies files into a new application", async () => {
    const { visitor, id, page } = await themePage();
    await postWithFile(visitor, page, { content: pdf("Evidence to copy"), name: "evidence.pdf" });
    await completeApplication(visitor, id, ["social"]);
    await visitor.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
    const late = await postWithFile(visitor, page, { content: pdf(), name: "late.pdf" });
    expect(late.status).toBe(409);
    expect(await t.prisma.evidenceFile.count({ where: { applicationTheme: { applicationId: id } } })).toBe(1);

    await visitor.submit(`/applications/${id}/withdraw`, `/applications/${id}/withdraw`, { confirm: "yes" });
    const copy = await visitor.submit(`/applications/${id}/status`, `/applications/${id}/reapply`, {});
    const newId = /^\/applications\/([^/?]+)/.exec(copy.headers.location!)![1]!;
    const original = await t.prisma.evidenceFile.findFirstOrThrow({
      where: { applicationTheme: { applicationId: id } },
    });
    const copied = await t.prisma.evidenceFile.findFirstOrThrow({
      where: { applicationTheme: { applicationId: newId } },
    });
    expect(copied.storageKey).not.toBe(original.storageKey);
    expect(copied.originalName).toBe("evidence.pdf");
    const read = (key: string) => readFileSync(path.join(t.uploadDir, "files", ...key.split("/")));
    expect(read(copied.storageKey)).toEqual(read(original.storageKey));
  });
});
