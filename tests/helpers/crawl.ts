// Follows links the way a visitor does: from a start page, every <a href> on the site, over HTTP
// with the visitor's session cookie (or none). Forms are not sent, so nothing is changed.

export interface Reached {
  /** The address as linked (path and query). */
  url: string;
  /** Where the link led, after any redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  /** The page, for HTML answers. */
  html?: string;
  /** The first page found linking here. */
  linkedFrom: string;
}

export interface CrawlOptions {
  /** The signed-in visitor's cookie header, or none for an anonymous visitor. */
  cookie?: string;
  start?: string;
  /** How many addresses with the same path but different queries (filters, pages) to follow. */
  queryVariants?: number;
  /** A crawl that finds more than this stops with an error rather than running on. */
  maxPages?: number;
  /** Links to leave unfollowed, as if the pages did not have them. */
  ignoreLinksTo?: (url: string) => boolean;
}

const LINK = /<a\s[^>]*?href="([^"]*)"/g;

const decodeAttribute = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** The site's own links on a page, as paths with their queries and without their fragments. */
export function linksOn(html: string, pageUrl: string, origin: string): string[] {
  const found: string[] = [];
  for (const [, href = ""] of html.matchAll(LINK)) {
    let target: URL;
    try {
      target = new URL(decodeAttribute(href), `${origin}${pageUrl}`);
    } catch {
      continue;
    }
    if (target.origin !== origin || target.pathname.startsWith("/assets/")) continue;
    found.push(`${target.pathname}${target.search}`);
  }
  return found;
}

export async function crawl(origin: string, options: CrawlOptions = {}): Promise<Map<string, Reached>> {
  const { cookie, start = "/", queryVariants = 3, maxPages = 1000, ignoreLinksTo = () => false } = options;
  const reached = new Map<string, Reached>();
  const variants = new Map<string, number>();
  const queue: { url: string; from: string }[] = [{ url: start, from: "(start)" }];
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (reached.has(url)) continue;
    const path = url.split("?")[0] ?? url;
    const seen = variants.get(path) ?? 0;
    if (url.includes("?") && seen >= queryVariants) continue;
    variants.set(path, seen + 1);
    if (reached.size >= maxPages) throw new Error(`The crawl passed ${maxPages} pages; is a link multiplying?`);

    const response = await fetch(`${origin}${url}`, { headers: cookie ? { cookie } : {}, redirect: "follow" });
    const contentType = response.headers.get("content-type") ?? "";
    const final = new URL(response.url);
    const finalUrl = `${final.pathname}${final.search}`;
    const page: Reached = { url, finalUrl, status: response.status, contentType, linkedFrom: from };
    reached.set(url, page);
    if (!contentType.startsWith("text/html")) {
      await response.body?.cancel();
      continue;
    }
    page.html = await response.text();
    for (const link of linksOn(page.html, finalUrl, origin)) {
      if (!reached.has(link) && !ignoreLinksTo(link)) queue.push({ url: link, from: finalUrl });
    }
  }
  return reached;
}
