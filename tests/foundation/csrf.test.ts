import { readdirSync } from "node:fs";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { csrfTokenIn, Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("CSRF protection", () => {
  it("refuses a form post with no token, with a 403 page that explains what happened", async () => {
    const response = await request(t.app).post("/sign-in").type("form").send({ email: "a@example.org", password: "x" });
    expect(response.status).toBe(403);
    expect(response.text).toContain("Your session has expired");
    expect(response.text).toContain("nothing was changed");
  });

  it("refuses a post whose token is wrong, even with a real session", async () => {
    const visitor = new Visitor(t.app);
    const page = await visitor.get("/sign-in");
    const token = csrfTokenIn(page.text);
    const response = await visitor.post("/sign-in", {
      _csrf: `${token.slice(0, -2)}xx`,
      email: "a@example.org",
      password: "x",
    });
    expect(response.status).toBe(403);
  });

  it("refuses a token taken from another session", async () => {
    const first = new Visitor(t.app);
    const token = csrfTokenIn((await first.get("/sign-in")).text);
    const second = new Visitor(t.app);
    await second.get("/sign-in");
    const response = await second.post("/sign-in", { _csrf: token, email: "a@example.org", password: "x" });
    expect(response.status).toBe(403);
  });

  it("accepts the token of the visitor's own session", async () => {
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/sign-in", "/sign-in", { email: "nobody@example.org", password: "wrong" });
    // Past the CSRF check: the sign-in form's own answer to wrong details.
    expect(response.status).toBe(400);
    expect(response.text).toContain("Enter a correct email address and password");
  });

  it("protects sign-out, so another site cannot sign a person out", async () => {
    const user = await createUser(t.prisma, { email: "signout-csrf@example.org" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const response = await visitor.post("/sign-out", {});
    expect(response.status).toBe(403);
    const account = await visitor.get("/account");
    expect(account.status).toBe(200);
  });

  it("refuses a multipart form with no token or a wrong token and keeps none of its files", async () => {
    const visitor = new Visitor(t.app);
    await visitor.get("/sign-in");
    const noToken = await visitor
      .raw("post", "/sign-in")
      .field("email", "a@example.org")
      .attach("evidence", Buffer.from("%PDF-1.4 test"), "evidence.pdf");
    expect(noToken.status).toBe(403);
    const wrongToken = await visitor
      .raw("post", "/sign-in")
      .field("_csrf", "not-the-token")
      .attach("evidence", Buffer.from("%PDF-1.4 test"), "evidence.pdf");
    expect(wrongToken.status).toBe(403);
    const tmp = path.join(t.uploadDir, "tmp");
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("accepts a multipart form with the right token and removes the temporary file afterwards", async () => {
    const visitor = new Visitor(t.app);
    const token = csrfTokenIn((await visitor.get("/sign-in")).text);
    const response = await visitor
      .raw("post", "/sign-in")
      .field("_csrf", token)
      .field("email", "nobody@example.org")
      .field("password", "wrong")
      .attach("evidence", Buffer.from("%PDF-1.4 test"), "evidence.pdf");
    expect(response.status).toBe(400);
    expect(response.text).toContain("Enter a correct email address and password");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(path.join(t.uploadDir, "tmp"))).toEqual([]);
  });
});
