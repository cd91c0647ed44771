import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";

// A multipart body the parser cannot read is the sender's fault: a 400 page that says so, never a
// 500, on any form (the parser runs before the routes), with nothing kept.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const BOUNDARY = "----svp-test-boundary";
const part = (headers: string, body: string) => `--${BOUNDARY}\r\n${headers}\r\n\r\n${body}\r\n`;

const bodies: [string, string, string][] = [
  [
    "a file name holding a NUL byte",
    `multipart/form-data; boundary=${BOUNDARY}`,
    part('Content-Disposition: form-data; name="email"', "someone@example.org") +
      part('Content-Disposition: form-data; name="evidenceFile"; filename="bad\u0000name.pdf"', "%PDF-1.4") +
      `--${BOUNDARY}--\r\n`,
  ],
  [
    "a body cut short",
    `multipart/form-data; boundary=${BOUNDARY}`,
    part('Content-Disposition: form-data; name="email"', "someone@example.org") +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="pass`,
  ],
  ["no boundary", "multipart/form-data", "email=someone%40example.org"],
];

describe("a malformed multipart body", () => {
  it.each(bodies)("answers 400 with a clear message for %s", async (_what, contentType, body) => {
    const visitor = new Visitor(t.app);
    await visitor.get("/sign-in");
    const response = await visitor.raw("post", "/sign-in").set("Content-Type", contentType).send(body);
    expect(response.status).toBe(400);
    expect(response.text).toContain("The form could not be read because it arrived damaged or incomplete");
    expect(await t.prisma.user.count({ where: { email: "someone@example.org" } })).toBe(0);
    expect(readdirSync(path.join(t.uploadDir, "tmp"))).toEqual([]);
  });
});
