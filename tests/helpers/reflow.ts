import type { Browser } from "playwright-core";

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide a page must not scroll sideways as a whole. A data
// table may scroll in its own region (.app-table-scroll); the page may not.

/**
 * Opens each page in one tab, 320 CSS pixels wide, signed in with the cookie if one is given,
 * and returns those whose document is wider than the window, each with the elements that make
 * it so.
 */
export async function pagesWiderThan320(
  browser: Browser,
  origin: string,
  urls: readonly string[],
  cookie?: { name: string; value: string },
): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  if (cookie) await context.addCookies([{ ...cookie, url: origin, httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  const wide: string[] = [];
  try {
    for (const url of urls) {
      // The page's module script waits for its styles, and runs before DOMContentLoaded.
      await page.goto(`${origin}${url}`, { waitUntil: "domcontentloaded" });
      const width = await page.evaluate(measure);
      if (width.scroll > width.viewport) {
        wide.push(`${url}: ${width.scroll} px wide in ${width.viewport} px (${width.culprits.join(", ")})`);
      }
    }
  } finally {
    await context.close();
  }
  return wide;
}

/** Runs in the page: its width, and the innermost elements that reach past the right edge. */
function measure() {
  const viewport = document.documentElement.clientWidth;
  // An element past the edge, or whose text runs past its own edge; not inside a table's own
  // scrolling region, and not visually hidden text, which is placed off screen on purpose.
  const past = Array.from(document.querySelectorAll("body *")).filter(
    (e) =>
      !e.parentElement?.closest(".app-table-scroll") &&
      !e.matches(".govuk-visually-hidden, .govuk-skip-link") &&
      (e.getBoundingClientRect().right > viewport + 0.5 || e.scrollWidth > e.clientWidth + 0.5),
  );
  const innermost = past.filter((e) => !past.some((other) => other !== e && e.contains(other)));
  const name = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${Array.from(e.classList, (c) => `.${c}`).join("")}`;
  return { scroll: document.documentElement.scrollWidth, viewport, culprits: innermost.slice(0, 3).map(name) };
}
