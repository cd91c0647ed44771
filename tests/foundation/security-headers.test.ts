import { createHash } from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let production: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  production = await createTestApp({
    NODE_ENV: "production",
    SESSION_SECRET: "a-production-secret-that-is-long-enough-0123456789",
    BASE_URL: "https://socialvalue.example.org",
  });
});
afterAll(async () => {
  await t.close();
  await production.close();
});

const PAGES = ["/", "/sign-in", "/accessibility", "/privacy", "/cookies", "/contact", "/no-such-page"];

describe("security headers", () => {
  it.each(PAGES)("sends a strict content security policy and framing protection on %s", async (page) => {
    const response = await request(t.app).get(page);
    const csp = response.headers["content-security-policy"];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/nonce-/);
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers["x-powered-by"]).toBeUndefined();
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("allows the page template's inline script by its exact hash", async () => {
    const response = await request(t.app).get("/");
    const inline = /<script>([^<]+)<\/script>/.exec(response.text)?.[1];
    expect(inline).toBeDefined();
    const hash = createHash("sha256").update(inline!).digest("base64");
    expect(response.headers["content-security-policy"]).toContain(`'sha256-${hash}'`);
  });

  it("sends HSTS only in production", async () => {
    expect((await request(t.app).get("/")).headers["strict-transport-security"]).toBeUndefined();
    const response = await request(production.app).get("/");
    expect(response.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("serves fingerprinted assets with a long cache lifetime", async () => {
    const home = await request(t.app).get("/");
    const css = /href="(\/assets\/application\.[0-9a-f]{12}\.css)"/.exec(home.text)?.[1];
    expect(css).toBeDefined();
    const response = await request(t.app).get(css!);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("text/css");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("refuses a form body larger than the limit with a 413 page", async () => {
    const response = await request(t.app)
      .post("/sign-in")
      .type("form")
      .send({ email: "x".repeat(300 * 1024) });
    expect(response.status).toBe(413);
    expect(response.text).toContain("larger than the portal accepts");
  });
});

describe("caching of public pages", () => {
  it("lets shared caches keep a public page for an anonymous visitor", async () => {
    const response = await request(t.app).get("/");
    expect(response.headers["cache-control"]).toBe("public, max-age=300");
    expect(response.headers.vary).toContain("Cookie");
    expect(response.headers.etag).toBeDefined();
  });

  it("keeps a page private once the visitor has a session, since the header names them", async () => {
    const user = await createUser(t.prisma);
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const response = await visitor.get("/");
    expect(response.headers["cache-control"]).toBe("private, no-cache");
  });

  it("answers 304 to a browser that already has the current page", async () => {
    const first = await request(t.app).get("/privacy");
    const again = await request(t.app).get("/privacy").set("If-None-Match", first.headers.etag!);
    expect(again.status).toBe(304);
  });
});
