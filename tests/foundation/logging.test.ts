import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactUrl } from "../../src/platform/logging.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOG_LEVEL: "info" });
});
afterAll(() => t.close());

describe("request logging", () => {
  it("logs each request with its request id and never the password, cookie or token", async () => {
    const user = await createUser(t.prisma, { email: "logged@example.org", password: "a-very-secret-passphrase" });
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/sign-in", "/sign-in", { email: user.email, password: user.password });
    const requestId = response.headers["x-request-id"];
    const lines = t.logLines();
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === requestId);
    expect(line).toBeDefined();
    expect((line!.req as { method: string }).method).toBe("POST");
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain("a-very-secret-passphrase");
    expect(everything).not.toContain("svp.sid=");
  });

  it("keeps a request id sent by a proxy", async () => {
    const response = await new Visitor(t.app).raw("get", "/").set("X-Request-Id", "proxy-id-12345678");
    expect(response.headers["x-request-id"]).toBe("proxy-id-12345678");
  });

  it("hides tokens in logged addresses", () => {
    expect(redactUrl("/reset-password?token=abc123&x=1")).toBe("/reset-password?token=[Redacted]&x=1");
    expect(redactUrl("/verify/0123456789abcdef0123456789abcdef01")).toBe("/verify/[Redacted]");
  });
});
