import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, readOutbox } from "../../src/platform/mail.js";
import { createLogger } from "../../src/platform/logging.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";

const folder = mkdtempSync(path.join(os.tmpdir(), "svp-mail-"));
const templates = path.join(folder, "templates");
let t: TestApp;
let production: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  production = await createTestApp({
    NODE_ENV: "production",
    SESSION_SECRET: "a-production-secret-that-is-long-enough-0123456789",
    BASE_URL: "https://socialvalue.example.org",
  });
  // Templates of the test's own, so that this test does not depend on any real message's wording.
  const { mkdirSync } = await import("node:fs");
  mkdirSync(templates, { recursive: true });
  writeFileSync(
    path.join(templates, "hello.txt.njk"),
    "Hello {{ name }},\nOpen {{ baseUrl }}/verify/abc to carry on.\n",
  );
  writeFileSync(path.join(templates, "hello.html.njk"), "<p>Hello {{ name }}</p>");
  writeFileSync(path.join(templates, "plain.txt.njk"), "Only text for {{ name }}");
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await t.close();
  await production.close();
});

function mailer(outboxDir: string) {
  return createMailer({
    smtpUrl: undefined,
    from: "Portal <no-reply@example.org>",
    outboxDir,
    baseUrl: "http://localhost:3000",
    serviceName: "Cheshire and Merseyside Social Value",
    logger: createLogger("silent"),
    templatesDir: templates,
  });
}

describe("email without a mail server", () => {
  it("writes each message to the outbox with its text and HTML bodies, keeping names as typed", async () => {
    const outbox = path.join(folder, "outbox-1");
    await mailer(outbox).send({
      to: "siân@example.org",
      subject: "Welcome",
      template: "hello",
      context: { name: "Siân O'Brien <b>" },
    });
    const [message] = readOutbox(outbox);
    expect(message?.to).toEqual(["siân@example.org"]);
    expect(message?.subject).toBe("Welcome");
    expect(message?.text).toContain("Hello Siân O'Brien <b>,");
    expect(message?.text).toContain("http://localhost:3000/verify/abc");
    expect(message?.html).toBe("<p>Hello Siân O&#39;Brien &lt;b&gt;</p>");
  });

  it("sends text only when a message has no HTML template", async () => {
    const outbox = path.join(folder, "outbox-2");
    await mailer(outbox).send({
      to: ["a@example.org", "b@example.org"],
      subject: "Plain",
      template: "plain",
      context: { name: "Zoë" },
    });
    const [message] = readOutbox(outbox);
    expect(message?.html).toBeNull();
    expect(message?.to).toEqual(["a@example.org", "b@example.org"]);
  });

  it("lists sent email on the development outbox page, with links that can be followed", async () => {
    const outboxDir = path.join(t.uploadDir, "outbox");
    await mailer(outboxDir).send({
      to: "person@example.org",
      subject: "Verify your email",
      template: "hello",
      context: { name: "Ann" },
    });
    const visitor = new Visitor(t.app);
    const list = await visitor.get("/dev/outbox");
    expect(list.status).toBe(200);
    expect(list.text).toContain("Verify your email");
    const id = /href="\/dev\/outbox\/([^"]+)"/.exec(list.text)?.[1];
    const message = await visitor.get(`/dev/outbox/${id}`);
    expect(message.status).toBe(200);
    expect(message.text).toContain('<a class="govuk-link" href="http://localhost:3000/verify/abc">');
    expect((await visitor.get("/dev/outbox/../../etc/passwd")).status).toBe(404);
  });

  it("has no outbox page in production", async () => {
    const response = await new Visitor(production.app).get("/dev/outbox");
    expect(response.status).toBe(404);
  });
});
