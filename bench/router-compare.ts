// Which router for the platform server: its hand-written table (apps/web/src/serve, which uses
// @hono/node-server's listener as the Node <-> web bridge) or a Hono app on the same listener,
// both calling the same web-standard handler on the platform's 26 direct route shapes.
// One at a time, autocannon GET /api/v1/transactions/{id}.
//
//   npm i --no-save hono @hono/node-server     (not a dependency of the project)
//   npx tsx --tsconfig apps/web/tsconfig.json bench/router-compare.ts
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods.js";
import { createPlatformServer } from "../apps/web/src/serve/create-server";
import { createRouteTable } from "../apps/web/src/serve/route-table";

const patterns = [
  "api/health", "api/v1/openapi.json", "api/v1/card-tokens", "api/v1/card-tokens/[id]", "api/v1/customers",
  "api/v1/customers/[id]", "api/v1/customers/[id]/cards", "api/v1/customers/[id]/cards/[cardId]", "api/v1/events",
  "api/v1/events/[id]", "api/v1/events/[id]/deliveries", "api/v1/events/[id]/redeliver", "api/v1/payment-requests",
  "api/v1/payment-requests/[id]", "api/v1/payment-requests/[id]/cancel", "api/v1/transactions", "api/v1/transactions/[id]",
  "api/v1/transactions/[id]/cancel", "api/v1/transactions/[id]/capture", "api/v1/transactions/[id]/refunds",
  "api/v1/transactions/[id]/status", "api/v1/webhook-endpoints", "api/v1/webhook-endpoints/[id]", "v1/token.js",
  "v1/token.js.json", ".well-known/jwks.json",
];
const handler = async (request: Request, params: Record<string, string>) =>
  Response.json({ id: params.id ?? null, object: "transaction", amount: 1000, path: new URL(request.url).pathname });

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function measure(name: string, url: string, connections: number) {
  const run = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url: `${url}/api/v1/transactions/tx_0123456789abcdef0123`, connections, duration }, (e, r) => (e ? reject(e) : resolve(r))),
    );
  await run(2);
  const r = await run(Number(process.env.BENCH_DURATION ?? 8));
  console.log(`${name.padEnd(12)} ${connections} conn  ${r.requests.mean.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}`);
}

const table = createRouteTable(
  patterns.map((p) => ({
    segments: p.split("/"),
    methods: autoImplementMethods({ GET: (req: Request, route: { params: Promise<Record<string, string>> }) => route.params.then((params) => handler(req, params)) } as never) as never,
  })),
);
const own = createPlatformServer({ routes: table, fallback: (_req, res) => res.writeHead(404).end(), logger: console as never });
const ownUrl = await listen(own.server);

const { Hono } = await import("hono" as string);
const { getRequestListener } = await import("@hono/node-server" as string);
const app = new Hono();
for (const p of patterns) {
  const path = "/" + p.replace(/\[(\w+)\]/g, ":$1");
  app.get(path, (c: { req: { raw: Request; param(): Record<string, string> } }) => handler(c.req.raw, c.req.param()));
}
// As the platform server runs it: Next shares the process, so the global Request/Response stay.
const hono = createServer(getRequestListener(app.fetch, { overrideGlobalObjects: false }));
const honoUrl = await listen(hono);
for (const connections of [10, 50]) {
  await measure("table", ownUrl, connections);
  await measure("hono router", honoUrl, connections);
}
await own.drain(100);
hono.close();
