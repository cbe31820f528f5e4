import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Logger } from "pino";
import { errorResponse } from "@/server/http/error-response";
import { headersForPath } from "@/server/http/global-headers";
import { JsonResponse } from "@/server/http/json-response";
import { PEER_ADDRESS_HEADER } from "@/server/http/client-ip";
import { compressLikeNext } from "./node-bridge";
import type { RouteMatch, RouteTable } from "./route-table";

export interface PlatformServerOptions {
  routes: RouteTable;
  /** Every path the table does not serve: Next's request handler in production. */
  fallback: (req: IncomingMessage, res: ServerResponse) => unknown;
  logger: Pick<Logger, "error" | "warn">;
}

export interface PlatformServer {
  server: Server;
  /** Stops accepting, lets in-flight requests finish for up to `timeoutMs`, then cuts what is left. */
  drain(timeoutMs: number): Promise<{ cut: number }>;
}

const JSON_TYPE = /^application\/([^;]*\+)?json\b/i;

/**
 * Writes a response whose body is complete in memory (JSON: `Response.json` builds it whole) in one
 * `end`, instead of reading it back through its web stream as the bridge must for any body: a
 * tenth of a token's CPU on the bridge (BENCHMARKS.md). Streamed bodies still go through the bridge.
 */
async function writeWhole(response: Response, outgoing: ServerResponse): Promise<Response> {
  // A JsonResponse hands its text over as it is (no copy into a Buffer); any other body is read back from its stream.
  const text = JsonResponse.wholeText(response);
  const body = text !== undefined ? text : response.body ? Buffer.from(await response.arrayBuffer()) : null;
  outgoing.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== "set-cookie") outgoing.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing.setHeader("set-cookie", cookies);
  if (body !== null) outgoing.setHeader("content-length", typeof body === "string" ? Buffer.byteLength(body) : body.length);
  outgoing.end(body ?? undefined);
  return RESPONSE_ALREADY_SENT;
}

/**
 * The platform's own node:http server. It stamps the TCP peer address on
 * every request (after deleting whatever the client sent under that name),
 * serves the route table directly and hands the rest to Next.
 */
export function createPlatformServer({ routes, fallback, logger }: PlatformServerOptions): PlatformServer {
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  // @hono/node-server is the Node <-> web bridge: its Request is built lazily and its writer is lean,
  // about twice the throughput of building a full undici Request per call (BENCHMARKS.md). Global
  // Request/Response are left alone: Next shares this process.
  const matched = new WeakMap<IncomingMessage, RouteMatch>();
  const serveDirect = getRequestListener(
    async (request, env) => {
      const incoming = env.incoming as IncomingMessage;
      const match = matched.get(incoming)!;
      const response = await compressLikeNext(incoming, await match.handler(request, { params: Promise.resolve(match.params) }));
      return JSON_TYPE.test(response.headers.get("content-type") ?? "") ? writeWhole(response, env.outgoing as ServerResponse) : response;
    },
    { overrideGlobalObjects: false, errorHandler: (error) => errorResponse(error, logger) },
  );

  const server = createServer((req, res) => {
    // Only this server may say who the peer is: a client-sent value is dropped before anything reads headers.
    delete req.headers[PEER_ADDRESS_HEADER];
    for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
      if (req.rawHeaders[i]!.toLowerCase() === PEER_ADDRESS_HEADER) req.rawHeaders.splice(i, 2);
    }
    const peer = req.socket.remoteAddress;
    if (peer) req.headers[PEER_ADDRESS_HEADER] = peer;
    if (draining) res.setHeader("Connection", "close");
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (!draining) return;
      server.closeIdleConnections();
      if (inFlight === 0) drained?.();
    });
    const pathname = (req.url ?? "/").split("?", 1)[0]!;
    const match = routes.match(req.method ?? "GET", pathname);
    if (!match) {
      Promise.resolve(fallback(req, res)).catch((error: unknown) => {
        logger.error({ err: error }, "request failed");
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
      return;
    }
    for (const { key, value } of headersForPath(pathname)) res.setHeader(key, value);
    matched.set(req, match);
    void serveDirect(req, res);
  });
  // Keep-alive sockets outlive a load balancer's idle timeout (typically 60 s) so it never reuses a closed one.
  server.keepAliveTimeout = 65_000;

  return {
    server,
    async drain(timeoutMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
        ]);
      }
      const cut = inFlight;
      if (cut > 0) logger.warn({ cut }, "drain timeout: closing requests still in flight");
      server.closeAllConnections();
      await closed;
      return { cut };
    },
  };
}
