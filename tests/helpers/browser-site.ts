import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { SESSION_COOKIE } from "../../src/modules/accounts/routes.js";
import { createTestApp, type TestApp } from "./app.js";
import { Visitor } from "./browser.js";
import { expectNoAxeViolations, launchChromium, serve } from "./chromium.js";

export interface BrowserSite {
  /** The app under test, on a database of its own. */
  readonly t: TestApp;
  /** Where the app listens. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * Signs in over HTTP, hands the page's browser context the session cookie (a stored session
   * state) and opens the home page: for journeys where signing in is not what is under test.
   */
  signIn(page: Page, email: string, password: string): Promise<void>;
  /** Signs in through the sign-in page, as a person would, and waits for their starting page. */
  signInThroughForm(page: Page, email: string, password: string): Promise<void>;
}

/**
 * For a browser test file: the real app served on a free port and a headless Chromium, started
 * before the file's tests and closed after them.
 */
export function browserSite(
  env: Record<string, string> = { SIGN_IN_ATTEMPTS_PER_IP: "1000" },
  prepare?: (t: TestApp) => Promise<unknown>,
): BrowserSite {
  let t: TestApp | undefined;
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    t = await createTestApp(env);
    await prepare?.(t);
    served = await serve(t.app);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await t?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The browser site is used before it has started");
    return value;
  };
  return {
    get t() {
      return ready(t);
    },
    get url() {
      return ready(served).url;
    },
    get browser() {
      return ready(browser);
    },
    async signIn(page, email, password) {
      const url = ready(served).url;
      const visitor = new Visitor(ready(t).app);
      await visitor.signIn(email, password);
      const value = visitor.cookie(SESSION_COOKIE);
      if (!value) throw new Error(`Signing in ${email} gave no session cookie`);
      await page.context().addCookies([{ name: SESSION_COOKIE, value, url, httpOnly: true, sameSite: "Lax" }]);
      await page.goto(`${url}/`);
    },
    async signInThroughForm(page, email, password) {
      const url = ready(served).url;
      await page.goto(`${url}/sign-in`);
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      // Each person lands on their own starting point, never back on the sign-in form.
      await page.waitForURL((address) => address.pathname !== "/sign-in");
    },
  };
}

/** Waits for the page to load, then checks it with axe (WCAG 2.2 AA). */
export async function checked(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await expectNoAxeViolations(page);
}
