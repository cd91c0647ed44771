import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/platform/markdown.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createGuide, signedIn } from "./helpers.js";

// Payloads from the OWASP XSS filter evasion cheat sheet and PortSwigger's XSS cheat sheet.
const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '<a href="java\tscript:alert(1)">click</a>',
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](https://evil.example/tracker.png)",
  "![x](//evil.example/tracker.png)",
  "<body onload=alert(1)>",
  "<details open ontoggle=alert(1)>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="#" onclick="alert(1)">x</a>',
  "<input autofocus onfocus=alert(1)>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '"><script>alert(1)</script>',
  "<scr<script>ipt>alert(1)</script>",
];

const DANGEROUS =
  /<script|<iframe|<object|<embed|<svg|<math|<form|<input|<meta|<base|<link|<style|\son[a-z]+\s*=|javascript:|data:|href="\/\/|src="https?:|src="\/\//i;

describe("Markdown is rendered safely", () => {
  it.each(PAYLOADS)("neutralises %s", (payload) => {
    const html = renderMarkdown(`Before\n\n${payload}\n\nAfter`);
    expect(html).not.toMatch(DANGEROUS);
    expect(html).toContain("Before");
  });

  it("keeps headings, lists, links, tables and portal images", () => {
    const html = renderMarkdown(
      "# Big\n\n## Part\n\n- one\n- two\n\n[site](https://example.org) [mail](mailto:a@example.org)\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n![logo](/assets/images/logo.png)",
    );
    expect(html).toContain('<h2 class="govuk-heading-l">Big</h2>');
    expect(html).toContain('<ul class="govuk-list govuk-list--bullet">');
    expect(html).toContain('<a href="https://example.org" class="govuk-link">site</a>');
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('<table class="govuk-table">');
    expect(html).toContain('<th scope="col" class="govuk-table__header">A</th>');
    expect(html).toContain('<img src="/assets/images/logo.png" alt="logo" />');
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("pages with hostile titles, summaries, bodies and names", () => {
  it("shows them as text on every page they appear on", async () => {
    const { visitor } = await signedIn(t);
    const title = "<img src=x onerror=alert(1)> Guide";
    const id = await createGuide(visitor, {
      title,
      slug: "hostile",
      summary: "<script>alert('s')</script>",
      category: "<b onmouseover=alert(1)>Cat</b>",
      body: PAYLOADS.join("\n\n"),
    });
    await visitor.submit(`/admin/content/${id}`, `/admin/content/${id}/publish`, {});
    await t.prisma.champion.create({
      data: { name: "<script>alert('c')</script>", role: '"><svg onload=alert(1)>', place: "HALTON", listed: true },
    });
    for (const path of ["/guides/hostile", "/guides", "/search?q=guide", "/champions", `/admin/content/${id}`]) {
      const response = await (path.startsWith("/admin") ? visitor : new Visitor(t.app)).get(path);
      expect(response.status).toBe(200);
      const main = response.text.slice(response.text.indexOf("<main"), response.text.indexOf("</main>"));
      for (const raw of [
        title,
        "<script>alert('s')</script>",
        "<b onmouseover=alert(1)>",
        "<script>alert('c')</script>",
        '"><svg onload=alert(1)>',
        "<img src=x onerror=alert(1)>",
      ]) {
        expect(main, path).not.toContain(raw);
      }
      expect(main, path).not.toMatch(/<script|<svg|<iframe|(href|src)="\s*(javascript|data):/i);
    }
    expect((await new Visitor(t.app).get("/guides/hostile")).text).toContain(
      "&lt;img src=x onerror=alert(1)&gt; Guide",
    );
  });
});
