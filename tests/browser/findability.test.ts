import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/modules/accounts/session-cookie.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { freePort, launchChromium, serve } from "../helpers/chromium.js";
import { crawl, type Reached } from "../helpers/crawl.js";
import { demoInstances } from "../helpers/demo-instances.js";
import { demoJourneys, type Demo } from "../helpers/demo-journeys.js";
import { htmlProblems } from "../helpers/html-validation.js";
import { pagesWiderThan320 } from "../helpers/reflow.js";
import { parseRobots } from "../helpers/robots.js";
import { getRoutes, routeOf, type AppRoute } from "../helpers/routes.js";

// A visitor finds every page by following links, from the home page: anonymously, and signed in
// as each of the demo's applicant, assessor and lead. The routes come from the app's routers.
//
// Which routes must be reached: every GET route that answers 200 to the visitor when asked for
// directly (a route with parameters, for any one of its demo instances), except those that no link
// is meant to reach (NOT_LINKED, each with the reason). For a signed-in visitor, the routes that
// answer 200 to an anonymous one too are the anonymous crawl's: they are left out of theirs.
//
// Every HTML page reached must pass html-validate's html-validate:standard preset (fetched over
// HTTP), and, opened in Chromium 320 CSS pixels wide, must not scroll sideways as a whole (WCAG
// 1.4.10 Reflow). Pages of one route share a template, so the browser opens at most
// PAGES_PER_ROUTE_AT_320 of each route's pages (its first ones reached); a signed-in visitor's
// public pages differ from the anonymous visitor's only in their header, which the home page
// shows, so of those the browser opens only the home page. That keeps the run short.

const PAGES_PER_ROUTE_AT_320 = 2;

type Who = "anonymous" | "applicant" | "assessor" | "lead";

const NOT_LINKED: Record<string, string> = {
  "/health": "for monitoring, not for people",
  "/robots.txt": "read by crawlers at its well-known address",
  "/sitemap.xml": "read by crawlers, which robots.txt points to it",
  "/verify-email/:token": "the link in an email",
  "/reset-password/:token": "the link in an email",
  "/confirm-email/:token": "the link in an email",
  "/invitations/:token": "the link in an email",
  "/verify/:code": "printed on a certificate (the applicant's crawl reaches it from theirs)",
  "/signed-out": "shown after signing out, a form",
  "/forgotten-password/check-your-email": "shown after asking for a reset link, a form",
  "/reset-password-done": "shown after setting a new password, a form",
  "/sign-up/check-your-email": "shown after signing up, a form",
  "/charter/sign/sent": "shown after asking to sign the charter, a form",
  "/admin/erased": "shown after an erasure, a form",
  "/dev/outbox": "the development outbox, opened by its address; never in production",
  "/dev/outbox/:id": "the development outbox, opened by its address; never in production",
};

/** Public routes that only signed-in visitors have links to: reached in their crawls. */
const LINKED_WHEN_SIGNED_IN: Partial<Record<Who, string[]>> = {
  // A certificate links to its own check; only its organisation and the lead see certificates.
  applicant: ["/verify/:code"],
};

let t: TestApp;
let origin: string;
let served: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let demo: Demo;
let routes: AppRoute[];
let instances: Record<string, string[]>;
let openToAnonymous: Set<string>;
const openRoutesOf = new Map<Who, Promise<Set<string>>>();

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  t = await createTestApp({ BASE_URL: origin, SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  demo = await demoJourneys(t);
  served = await serve(t.app, port);
  browser = await launchChromium();
  routes = getRoutes(t.app);
  instances = await demoInstances(t, demo);
  openToAnonymous = await openRoutesFor("anonymous");
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await t?.close();
});

function cookieOf(who: Who): string | undefined {
  if (who === "anonymous") return undefined;
  const value = demo.visitors[who].cookie(SESSION_COOKIE);
  if (!value) throw new Error(`The demo ${who} has no session`);
  return `${SESSION_COOKIE}=${value}`;
}

const addressesOf = (route: AppRoute) => (route.params.length ? (instances[route.path] ?? []) : [route.path]);

/** The routes that answer this visitor 200 when asked for directly. */
async function openRoutes(cookie: string | undefined): Promise<Set<string>> {
  const open = new Set<string>();
  for (const route of routes) {
    for (const address of addressesOf(route)) {
      const response = await fetch(`${origin}${address}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      await response.body?.cancel();
      if (response.status === 200) {
        open.add(route.path);
        break;
      }
    }
  }
  return open;
}

function openRoutesFor(who: Who): Promise<Set<string>> {
  if (!openRoutesOf.has(who)) openRoutesOf.set(who, openRoutes(cookieOf(who)));
  return openRoutesOf.get(who)!;
}

async function expectedFor(who: Who): Promise<string[]> {
  const open = await openRoutesFor(who);
  const own = [...open].filter((path) => who === "anonymous" || !openToAnonymous.has(path));
  return [...own.filter((path) => !(path in NOT_LINKED)), ...(LINKED_WHEN_SIGNED_IN[who] ?? [])];
}

function overflowAt320(who: Who, urls: readonly string[]): Promise<string[]> {
  const value = who === "anonymous" ? undefined : demo.visitors[who].cookie(SESSION_COOKIE);
  return pagesWiderThan320(browser, origin, urls, value ? { name: SESSION_COOKIE, value } : undefined);
}

/** The first pages reached of each route, up to PAGES_PER_ROUTE_AT_320 of each (see above). */
function someOfEachRoute(who: Who, pages: readonly Reached[]): string[] {
  const chosen = new Set<string>();
  const perRoute = new Map<string, number>();
  for (const page of pages) {
    const route = routeOf(routes, page.finalUrl)?.path ?? page.finalUrl;
    if (who !== "anonymous" && route !== "/" && openToAnonymous.has(route)) continue;
    const count = perRoute.get(route) ?? 0;
    if (count >= PAGES_PER_ROUTE_AT_320 || chosen.has(page.finalUrl)) continue;
    perRoute.set(route, count + 1);
    chosen.add(page.finalUrl);
  }
  return [...chosen];
}

/** The routes this visitor should reach that no link reaches, with the pages the crawl found. */
async function unreachedFor(who: Who, ignoreLinksTo?: (url: string) => boolean) {
  const pages = [...(await crawl(origin, { cookie: cookieOf(who), ignoreLinksTo })).values()];
  const ok = pages.filter((page) => page.status === 200);
  const reached = new Set(ok.map((page) => routeOf(routes, page.finalUrl)?.path));
  return { unreached: (await expectedFor(who)).filter((path) => !reached.has(path)), pages, ok };
}

async function check(who: Who) {
  const { unreached, pages, ok } = await unreachedFor(who);
  expect.soft(unreached, `routes no link reaches for the ${who} visitor`).toEqual([]);

  const broken = pages.filter((page) => page.status === 404 || page.status >= 500);
  expect
    .soft(
      broken.map((p) => `${p.url} (${p.status}) from ${p.linkedFrom}`),
      "broken links",
    )
    .toEqual([]);

  const html = ok.filter((page): page is Reached & { html: string } => page.html !== undefined);
  const invalid: string[] = [];
  for (const page of html) for (const problem of await htmlProblems(page.html)) invalid.push(`${page.url}: ${problem}`);
  expect.soft(invalid, "html-validate problems").toEqual([]);

  expect.soft(await overflowAt320(who, someOfEachRoute(who, html)), "pages wider than 320 px").toEqual([]);
  return { pages: html.length };
}

describe("every page is reached by links, is valid HTML and fits 320 px", () => {
  it("has a demo instance, or a reason no link reaches it, for every route with parameters", () => {
    expect(routes.length).toBeGreaterThan(100);
    const known = new Set(routes.map((route) => route.path));
    expect(
      Object.keys(NOT_LINKED).filter((path) => !known.has(path)),
      "reasons for routes that do not exist",
    ).toEqual([]);
    const missing = routes
      .filter((route) => route.params.length && !(route.path in NOT_LINKED))
      .filter((route) => addressesOf(route).length === 0)
      .map((route) => route.path);
    expect(missing).toEqual([]);
  });

  it.each<Who>(["anonymous", "applicant", "assessor", "lead"])("for the %s visitor", async (who) => {
    const result = await check(who);
    expect(result.pages).toBeGreaterThan(20);
  });

  it("names the routes no link reaches: without its links to the register, the register's pages", async () => {
    const toRegister = (url: string) => url.startsWith("/register");
    const { unreached } = await unreachedFor("anonymous", toRegister);
    expect(unreached).toEqual(["/register", "/register/about-the-data", "/register.csv", "/register.json"]);
  });

  it("finds invalid HTML: the navigation labelled on its wrapper div, as it was", async () => {
    const home = await (await fetch(`${origin}/`)).text();
    expect(await htmlProblems(home)).toEqual([]);
    const before = home.replace(
      '<div class="govuk-service-navigation"',
      '<div class="govuk-service-navigation" aria-label="Main"',
    );
    expect(before).not.toBe(home);
    expect((await htmlProblems(before)).join("\n")).toMatch(/^aria-label-misuse: /);
  });

  it("asks crawlers to keep out of every route that needs signing in", async () => {
    const robots = parseRobots(await (await fetch(`${origin}/robots.txt`)).text());
    const signedIn = await Promise.all((["applicant", "assessor", "lead"] as const).map(openRoutesFor));
    const privateRoutes = routes.filter(
      (route) => !openToAnonymous.has(route.path) && signedIn.some((open) => open.has(route.path)),
    );
    expect(privateRoutes.length).toBeGreaterThan(40);
    const crawlable = privateRoutes.flatMap(addressesOf).filter((address) => robots.allows(address));
    expect(crawlable).toEqual([]);
  });

  it("fits the development outbox, reached by its address, in 320 px", async () => {
    const message = instances["/dev/outbox/:id"] ?? [];
    expect(message.length).toBe(1);
    expect(await overflowAt320("anonymous", ["/dev/outbox", ...message])).toEqual([]);
  });
});
