import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
// Next's own rules for the methods a route module leaves out (HEAD from GET, OPTIONS with Allow, 405):
// the routes served directly answer exactly as they do through Next.
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods.js";
import { HTTP_METHODS } from "next/dist/server/web/http.js";

type RouteHandler = (request: Request, route: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
type Methods = Record<string, RouteHandler>;

interface Route {
  /** `/api/v1/transactions/[id]/refunds` split on `/`; a `[name]` segment captures. */
  segments: string[];
  methods: Methods;
}

export interface RouteMatch {
  handler: RouteHandler;
  params: Record<string, string>;
}

export interface RouteTable {
  match(method: string, pathname: string): RouteMatch | undefined;
  /** The URL patterns served directly, for logs and tests. */
  patterns: string[];
}

/** The parts of the app served without Next's request pipeline: the merchant API, token.js, JWKS and health. */
export const DIRECT_PREFIXES = ["api", "v1", ".well-known"];

function findRouteFiles(appDir: string): string[] {
  return DIRECT_PREFIXES.flatMap((prefix) =>
    (readdirSync(path.join(appDir, prefix), { recursive: true }) as string[])
      .filter((file) => path.basename(file) === "route.ts")
      .map((file) => path.join(prefix, file)),
  );
}

const isDynamic = (segment: string) => segment.startsWith("[") && segment.endsWith("]");

/**
 * Builds the table from the App Router's own `route.ts` files under
 * DIRECT_PREFIXES: a route added there is served directly with no table to
 * edit, through the same exported functions Next would call.
 */
export async function loadRouteTable(appDir: string): Promise<RouteTable> {
  const routes: Route[] = [];
  for (const file of findRouteFiles(appDir)) {
    const module = (await import(pathToFileURL(path.join(appDir, file)).href)) as Record<string, unknown>;
    const handlers = Object.fromEntries(HTTP_METHODS.filter((m) => typeof module[m] === "function").map((m) => [m, module[m]]));
    const segments = path.dirname(file).split(path.sep);
    routes.push({ segments, methods: autoImplementMethods(handlers as never) as unknown as Methods });
  }
  return createRouteTable(routes);
}

export function createRouteTable(routes: Route[]): RouteTable {
  const exact = new Map<string, Route>();
  const dynamic: Route[] = [];
  for (const route of routes) {
    if (route.segments.some(isDynamic)) dynamic.push(route);
    else exact.set(`/${route.segments.join("/")}`, route);
  }
  // A literal segment wins over a captured one at the same place (as in the App Router).
  const weight = (route: Route) => route.segments.map((s) => (isDynamic(s) ? "1" : "0")).join("");
  dynamic.sort((a, b) => weight(a).localeCompare(weight(b)));
  const find = (pathname: string): { route: Route; params: Record<string, string> } | undefined => {
    // No trailing-slash folding: Next answers `/api/v1/x/` with its redirect.
    const route = exact.get(pathname);
    if (route) return { route, params: {} };
    const parts = pathname.split("/").filter(Boolean);
    for (const candidate of dynamic) {
      if (candidate.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const segment = candidate.segments[i]!;
        const part = parts[i]!;
        if (isDynamic(segment)) {
          try {
            params[segment.slice(1, -1)] = decodeURIComponent(part);
          } catch {
            ok = false;
          }
        } else ok = segment === part;
      }
      if (ok) return { route: candidate, params };
    }
    return undefined;
  };
  return {
    patterns: routes.map((route) => `/${route.segments.join("/")}`),
    match(method, pathname) {
      const found = find(pathname);
      const handler = found?.route.methods[method];
      return found && handler ? { handler, params: found.params } : undefined;
    },
  };
}
