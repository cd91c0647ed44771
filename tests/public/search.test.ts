import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { highlight } from "../../src/modules/search/service.js";
import { createGuide, signedIn } from "../publishing/helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("search", () => {
  it("finds published guides and pages, best match first, with the words highlighted", async () => {
    const response = await new Visitor(t.app).get("/search?q=recipe+good+life");
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=300");
    const first = /<ol class="govuk-list app-search-results">[\s\S]*?<a class="govuk-link" href="([^"]+)"/.exec(
      response.text,
    )?.[1];
    expect(first).toBe("/guides/recipe-for-a-good-life");
    expect(response.text).toContain("<mark>Recipe</mark>");
  });

  it("matches the start of words and ignores case and accents", async () => {
    const response = await new Visitor(t.app).get("/search?q=MARM");
    expect(response.text).toContain("/social-value");
    expect(response.text).toContain("<mark>Marmot</mark>");
  });

  it("leaves out unpublished pages and updates when the lead publishes, edits and unpublishes", async () => {
    const { visitor } = await signedIn(t);
    const id = await createGuide(visitor, { title: "Zebra crossings guide", body: "About quokkas." });
    expect((await new Visitor(t.app).get("/search?q=quokkas")).text).toContain("0 results");
    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}/publish`, {});
    expect((await new Visitor(t.app).get("/search?q=quokkas")).text).toContain("1 result");
    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}`, {
      action: "save",
      title: "Zebra crossings guide",
      slug: "zebra-crossings-guide",
      summary: "",
      category: "",
      body: "About wombats.",
    });
    expect((await new Visitor(t.app).get("/search?q=quokkas")).text).toContain("0 results");
    expect((await new Visitor(t.app).get("/search?q=wombats")).text).toContain("1 result");
    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}/unpublish`, {});
    expect((await new Visitor(t.app).get("/search?q=wombats")).text).toContain("0 results");
  });

  it("escapes everything before highlighting", async () => {
    expect(highlight("<b>Fish</b> & chips &amp;", ["fish", "amp"])).toBe(
      "&lt;b&gt;<mark>Fish</mark>&lt;/b&gt; &amp; chips &amp;<mark>amp</mark>;",
    );
    const response = await new Visitor(t.app).get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
    expect(response.status).toBe(200);
    expect(response.text).not.toContain("<script>alert(1)");
    expect(response.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
