import type { Express } from "express";

// The app's routes, read from its routers as Express 5 holds them: the app's router has a stack
// of layers; a layer with a `route` is a path with its methods, and a layer whose handler has a
// `stack` of its own is a router mounted there (at "/" unless it was given a path).

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  /** The mount path of a router added with app.use(path, router) (router 2.3 keeps it here). */
  rawPath?: unknown;
  slash?: boolean;
}

export interface AppRoute {
  /** As written in the router, such as /applications/:id/themes/:theme. */
  path: string;
  /** Matches a concrete path (without its query) that this route answers. */
  pattern: RegExp;
  /** The route's parameters, such as ["id", "theme"]. */
  params: string[];
}

function joined(prefix: string, path: string): string {
  const whole = `${prefix}${path}`.replace(/\/{2,}/g, "/");
  return whole.length > 1 ? whole.replace(/\/$/, "") : whole;
}

function patternOf(path: string): RegExp {
  const body = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.+?^${}()|[\]\\*]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${body}/?$`);
}

function walk(stack: readonly Layer[], prefix: string, into: AppRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      if (!layer.route.methods.get) continue;
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const path of paths) {
        const full = joined(prefix, path);
        const params = [...full.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");
        into.push({ path: full, pattern: patternOf(full), params });
      }
    } else if (layer.handle.stack) {
      if (!layer.slash && typeof layer.rawPath !== "string") {
        throw new Error(`A router is mounted at ${String(layer.rawPath)}, which this reader does not follow`);
      }
      walk(layer.handle.stack, joined(prefix, layer.slash ? "" : String(layer.rawPath)), into);
    }
  }
}

/** Every GET route of the app, in the order Express matches them, each path once. */
export function getRoutes(app: Express): AppRoute[] {
  const router = (app as unknown as { router?: { stack: Layer[] } }).router;
  if (!router) throw new Error("The app has no router: is it an Express 5 app?");
  const routes: AppRoute[] = [];
  walk(router.stack, "", routes);
  const seen = new Set<string>();
  return routes.filter((route) => !seen.has(route.path) && seen.add(route.path));
}

/** The first route that answers this path (its query is ignored), as Express would choose it. */
export function routeOf(routes: readonly AppRoute[], url: string): AppRoute | undefined {
  const path = url.split(/[?#]/)[0] ?? url;
  return routes.find((route) => route.pattern.test(path));
}
