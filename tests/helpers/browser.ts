import type { Express } from "express";
import request from "supertest";
import type { Response, Test } from "supertest";

export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("The page has no CSRF token field");
  return match[1];
}

export function cookieNamed(response: Response, name: string): string | undefined {
  const header = response.headers["set-cookie"] as unknown as string[] | undefined;
  return header?.find((cookie) => cookie.startsWith(`${name}=`));
}

/**
 * A person with a browser: keeps cookies between requests, and sends forms the way a browser does,
 * with the CSRF token from the page the form is on. With `https`, requests arrive as if through a
 * TLS-terminating proxy, so Secure cookies are kept as a browser would keep them.
 */
export class Visitor {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly app: Express,
    private readonly options: { https?: boolean } = {},
  ) {}

  private prepare(test: Test): Test {
    if (this.options.https) test.set("X-Forwarded-Proto", "https");
    if (this.cookies.size > 0) {
      test.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    return test;
  }

  private remember(response: Response): Response {
    const header = (response.headers["set-cookie"] as unknown as string[] | undefined) ?? [];
    for (const cookie of header) {
      const [pair = "", ...attributes] = cookie.split(";");
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  async get(path: string): Promise<Response> {
    return this.remember(await this.prepare(request(this.app).get(path)));
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    return this.remember(await this.prepare(request(this.app).post(path).type("form").send(fields)));
  }

  /** A request with this visitor's cookies, for multipart bodies and other shapes. */
  raw(method: "get" | "post", path: string): Test {
    return this.prepare(request(this.app)[method](path));
  }

  keep(response: Response): Response {
    return this.remember(response);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Opens `formPage`, then posts `fields` with that page's token to `action`. */
  async submit(formPage: string, action: string, fields: Record<string, string | string[]>): Promise<Response> {
    const page = await this.get(formPage);
    return this.post(action, { _csrf: csrfTokenIn(page.text), ...fields });
  }

  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.submit("/sign-in", "/sign-in", { email, password });
    if (response.status !== 303) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
    return response;
  }
}
