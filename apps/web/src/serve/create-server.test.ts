import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { request as httpRequest } from "node:http";
import { clientIp } from "@/server/http/client-ip";
import { readJsonBody } from "@/server/http/read-json-body";
import { errorResponse } from "@/server/http/error-response";
import { JsonResponse } from "@/server/http/json-response";
import { createPlatformServer, type PlatformServer } from "./create-server";
import { createRouteTable } from "./route-table";
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods.js";

const config = { clientIpHeader: "x-forwarded-for", trustedProxies: [] as string[] };
let slowRelease: (() => void) | undefined;
const routes = createRouteTable([
  {
    segments: ["api", "v1", "echo", "[id]"],
    methods: autoImplementMethods({
      GET: async (request: Request, route: { params: Promise<{ id: string }> }) =>
        Response.json({ id: (await route.params).id, ip: clientIp(request, config) }, { headers: { "Set-Cookie": "a=1" } }),
      POST: async (request: Request) => Response.json({ echo: await request.text() }, { status: 201 }),
    } as never) as never,
  },
  {
    segments: ["api", "v1", "echo", "json"],
    methods: autoImplementMethods({
      POST: async (request: Request) => {
        try {
          return Response.json({ read: await readJsonBody(request, 32) });
        } catch (error) {
          return errorResponse(error, console);
        }
      },
    } as never) as never,
  },
  {
    segments: ["api", "v1", "echo", "whole"],
    methods: autoImplementMethods({
      GET: () => new JsonResponse({ token: "ctok_1", note: "é" }, { status: 201, headers: { "Cache-Control": "no-store" } }),
    } as never) as never,
  },
  {
    segments: ["api", "v1", "echo", "slow"],
    methods: autoImplementMethods({
      GET: () => new Promise<Response>((resolve) => (slowRelease = () => resolve(new Response("done")))),
    } as never) as never,
  },
]);

let platform: PlatformServer | undefined;
let fallbackSaw: Record<string, string | string[] | undefined>[] = [];

async function start() {
  fallbackSaw = [];
  platform = createPlatformServer({
    routes,
    fallback: (req, res) => {
      fallbackSaw.push(req.headers);
      res.writeHead(404, { "content-type": "text/plain" }).end("from next");
    },
    logger: { error: () => {}, warn: () => {} } as never,
  });
  await new Promise<void>((resolve) => platform!.server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(platform.server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  slowRelease?.();
  if (platform?.server.listening) await platform.drain(100);
  platform = undefined;
});

describe("the platform server", () => {
  it("serves a table route directly with the global headers, params and the TCP peer as client IP", async () => {
    const base = await start();
    const response = await fetch(`${base}/api/v1/echo/ab%20c`, {
      headers: { "x-jeton-peer-address": "198.51.100.1", "x-forwarded-for": "198.51.100.2" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "ab c", ip: "127.0.0.1" });
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
    expect(response.headers.getSetCookie()).toEqual(["a=1"]);
    expect(fallbackSaw).toHaveLength(0);
  });

  it("reads request bodies, and answers HEAD, OPTIONS and unknown methods as Next does", async () => {
    const base = await start();
    const posted = await fetch(`${base}/api/v1/echo/x`, { method: "POST", body: "hello" });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toEqual({ echo: "hello" });
    const head = await fetch(`${base}/api/v1/echo/x`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const options = await fetch(`${base}/api/v1/echo/x`, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    expect((await fetch(`${base}/api/v1/echo/x`, { method: "DELETE" })).status).toBe(405);
  });

  it("reads a JSON body whole when its length is declared, streamed when chunked, and refuses both over the limit", async () => {
    const base = await start();
    const json = { "content-type": "application/json" };
    const declared = await fetch(`${base}/api/v1/echo/json`, { method: "POST", headers: json, body: JSON.stringify({ a: 1 }) });
    expect(await declared.json()).toEqual({ read: { a: 1 } });
    const tooLong = await fetch(`${base}/api/v1/echo/json`, { method: "POST", headers: json, body: JSON.stringify({ a: "x".repeat(40) }) });
    expect(tooLong.status).toBe(413);
    const chunked = (parts: string[]) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${base}/api/v1/echo/json`, { method: "POST", headers: json }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: res.statusCode!, body }));
        });
        req.on("error", reject);
        for (const part of parts) req.write(part);
        req.end();
      });
    const small = await chunked(['{"b"', ":2}"]);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ read: { b: 2 } });
    expect((await chunked(['{"b":"', "y".repeat(20), "y".repeat(20), '"}'])).status).toBe(413);
    const empty = await fetch(`${base}/api/v1/echo/json`, { method: "POST", headers: json, body: "" });
    expect((await empty.json()).error.code).toBe("invalid_json");
  });

  it("writes a JsonResponse's text whole (no stream read back), gzipped when the client accepts it", async () => {
    const base = await start();
    const plain = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      // No keep-alive agent: no idle socket left for the drain to reset. And no Accept-Encoding: the fast path.
      httpRequest(`${base}/api/v1/echo/whole`, { agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
        .on("error", reject)
        .end();
    });
    expect(plain.status).toBe(201);
    expect(JSON.parse(plain.body)).toEqual({ token: "ctok_1", note: "é" });
    expect(plain.headers["content-length"]).toBe(String(Buffer.byteLength(plain.body)));
    expect(plain.headers["content-type"]).toBe("application/json");
    expect(plain.headers["cache-control"]).toBe("no-store");
    expect(plain.headers["vary"]).toBe("Accept-Encoding");
    const zipped = await fetch(`${base}/api/v1/echo/whole`, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(await zipped.json()).toEqual({ token: "ctok_1", note: "é" });
    expect((await fetch(`${base}/api/v1/echo/whole`, { method: "HEAD" })).status).toBe(201);
  });

  it("hands every other path to the fallback with the peer stamped and a client-sent peer header gone", async () => {
    const base = await start();
    const response = await fetch(`${base}/pay/123`, { headers: { "x-jeton-peer-address": "198.51.100.1" } });
    expect(await response.text()).toBe("from next");
    expect(fallbackSaw[0]?.["x-jeton-peer-address"]).toBe("127.0.0.1");
    // A trailing slash is Next's to redirect.
    await fetch(`${base}/api/v1/echo/`);
    expect(fallbackSaw).toHaveLength(2);
  });

  it("drains: a request in flight finishes, new connections are refused", async () => {
    const base = await start();
    const slow = fetch(`${base}/api/v1/echo/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = platform!.drain(5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(fetch(`${base}/api/v1/echo/x`)).rejects.toThrow();
    slowRelease!();
    expect(await (await slow).text()).toBe("done");
    expect(await drained).toEqual({ cut: 0 });
  });

  it("cuts what is still running when the drain times out", async () => {
    const base = await start();
    const slow = fetch(`${base}/api/v1/echo/slow`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await platform!.drain(100)).toEqual({ cut: 1 });
    expect(await slow).toBeInstanceOf(Error);
  });
});
