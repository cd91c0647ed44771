import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "3" });
});
afterAll(async () => {
  await t.close();
});

describe("limits per network address", () => {
  it("limits sign-in attempts across many accounts from one address", async () => {
    const visitor = new Visitor(t.app);
    for (let i = 0; i < 3; i += 1) {
      const user = await createUser(t.prisma);
      expect((await visitor.submit("/sign-in", "/sign-in", { email: user.email, password: "wrong one" })).status).toBe(
        400,
      );
    }
    const blocked = await visitor.submit("/sign-in", "/sign-in", { email: "other@example.org", password: "wrong one" });
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain("too many attempts to sign in from your network");
  });

  it("limits password reset requests from one address, with the email kept", async () => {
    const visitor = new Visitor(t.app);
    for (let i = 0; i < 3; i += 1) {
      const response = await visitor.submit("/forgotten-password", "/forgotten-password", {
        email: `p${i}@example.org`,
      });
      expect(response.status).toBe(303);
    }
    const blocked = await visitor.submit("/forgotten-password", "/forgotten-password", { email: "last@example.org" });
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain("too many attempts from your network");
    expect(blocked.text).toContain('value="last@example.org"');
  });
});
