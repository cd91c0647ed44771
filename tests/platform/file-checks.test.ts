import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { systemRandom } from "../../src/platform/random.js";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { attachmentDisposition, checkFile, cleanFileName, type FileKind } from "../../src/platform/file-checks.js";
import { createLocalStorage, newStorageKey } from "../../src/platform/storage.js";
import { jpeg, ooxml, openDocument, pdf, png } from "../helpers/files.js";

const folder = mkdtempSync(path.join(os.tmpdir(), "svp-file-checks-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: Buffer | string): string {
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, content);
  return file;
}

const ALL: FileKind[] = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "png", "jpeg"];

describe("checking a file's real type", () => {
  it.each([
    ["report.pdf", pdf(), "pdf"],
    ["letter.docx", ooxml("docx"), "docx"],
    ["figures.xlsx", ooxml("xlsx"), "xlsx"],
    ["slides.pptx", ooxml("pptx"), "pptx"],
    ["letter.odt", openDocument("odt"), "odt"],
    ["figures.ods", openDocument("ods"), "ods"],
    ["slides.odp", openDocument("odp"), "odp"],
    ["data.csv", "name,count\nSiân,3\n", "csv"],
    ["photo.png", png(), "png"],
    ["photo.JPG", jpeg(), "jpeg"],
  ] as const)("accepts a real %s", async (name, content, kind) => {
    const result = await checkFile(write(name, content), name, ALL);
    expect(result).toMatchObject({ ok: true, kind });
  });

  it.each([
    ["a PDF renamed to .docx", "notes.docx", pdf()],
    ["a Word file renamed to .pptx", "deck.pptx", ooxml("docx")],
    ["HTML renamed to .pdf", "page.pdf", "<html><script>alert(1)</script></html>"],
    ["a PNG renamed to .csv", "data.csv", png()],
    ["text with NUL bytes as .csv", "data.csv", Buffer.from("a,b\u0000c")],
    ["invalid UTF-8 as .csv", "data.csv", Buffer.from([0x61, 0x2c, 0xff, 0xfe])],
  ])("refuses %s as content that does not match", async (_label, name, content) => {
    expect(await checkFile(write(name, content), name, ALL)).toEqual({ ok: false, problem: "content" });
  });

  it("refuses an extension that is not allowed, and an empty file", async () => {
    expect(await checkFile(write("run.exe", "MZ"), "run.exe", ALL)).toEqual({ ok: false, problem: "extension" });
    expect(await checkFile(write("noext", pdf()), "noext", ALL)).toEqual({ ok: false, problem: "extension" });
    expect(await checkFile(write("image.png", png()), "image.png", ["pdf"])).toEqual({
      ok: false,
      problem: "extension",
    });
    expect(await checkFile(write("empty.pdf", ""), "empty.pdf", ALL)).toEqual({ ok: false, problem: "empty" });
  });
});

describe("cleaning file names", () => {
  it("keeps only the name, without folders, control or formatting characters", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\me\\Report 2024.pdf")).toBe("Report 2024.pdf");
    expect(cleanFileName("evil\u202egpj.exe")).toBe("evilgpj.exe");
    expect(cleanFileName("line\r\nbreak\u0000.pdf")).toBe("linebreak.pdf");
    expect(cleanFileName("...hidden.pdf")).toBe("hidden.pdf");
    expect(cleanFileName('a<b>"c".pdf')).toBe("abc.pdf");
    expect(cleanFileName("")).toBe("file");
  });

  it("shortens long names and keeps the extension", () => {
    const cleaned = cleanFileName(`${"a".repeat(300)}.pdf`, 50);
    expect(cleaned).toHaveLength(50);
    expect(cleaned.endsWith(".pdf")).toBe(true);
  });

  it("builds a download header with an ASCII fallback and the full UTF-8 name", () => {
    expect(attachmentDisposition('Siân "quote".pdf')).toBe(
      "attachment; filename=\"Sian quote.pdf\"; filename*=UTF-8''Si%C3%A2n%20quote.pdf",
    );
    expect(attachmentDisposition("x\r\nSet-Cookie: a=b.pdf")).not.toMatch(/[\r\n]/);
  });
});

describe("local file storage", () => {
  const root = path.join(folder, "store");
  const storage = createLocalStorage(root);

  it("stores from a temporary file or a stream under random keys, reads back and deletes", async () => {
    const key = newStorageKey(systemRandom, "attachments");
    expect(key).toMatch(/^attachments\/[0-9a-f]{32}$/);
    const temp = write("upload.part", pdf("stored"));
    expect(await storage.put(key, { path: temp })).toEqual({ size: pdf("stored").length });
    expect(existsSync(temp)).toBe(false);
    const stored = await storage.get(key);
    expect(stored?.size).toBe(pdf("stored").length);
    const chunks: Buffer[] = [];
    for await (const chunk of stored?.stream ?? []) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("latin1")).toContain("stored");

    const second = newStorageKey(systemRandom, "attachments");
    await storage.put(second, Readable.from([Buffer.from("streamed")]));
    expect(readFileSync(path.join(root, ...second.split("/")), "utf8")).toBe("streamed");

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
    expect(readdirSync(path.join(root, "attachments")).filter((f) => f.endsWith(".part"))).toEqual([]);
  });

  it("refuses keys that could leave its folder", async () => {
    await expect(storage.put("../escape", Readable.from(["x"]))).rejects.toThrow("Invalid storage key");
    expect(await storage.get("../../etc/passwd")).toBeNull();
    expect(() => newStorageKey(systemRandom, "../up")).toThrow();
  });
});
