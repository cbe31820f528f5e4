import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "pino";
import { errorResponse } from "@/server/http/error-response";
import { globalHeaders } from "@/server/http/global-headers";
import { PEER_ADDRESS_HEADER } from "@/server/http/client-ip";
import { sendWebResponse, toWebRequest } from "./node-bridge";
import type { RouteTable } from "./route-table";

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

/**
 * The platform's own node:http server. It stamps the TCP peer address on
 * every request (after deleting whatever the client sent under that name),
 * serves the route table directly and hands the rest to Next.
 */
export function createPlatformServer({ routes, fallback, logger }: PlatformServerOptions): PlatformServer {
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  const serveDirect = async (req: IncomingMessage, res: ServerResponse, url: string) => {
    const method = req.method ?? "GET";
    const pathname = url.split("?", 1)[0]!;
    const match = routes.match(method, pathname);
    if (!match) return false;
    for (const { key, value } of globalHeaders) res.setHeader(key, value);
    const abort = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      const request = await toWebRequest(req, abort.signal);
      const response = await match.handler(request, { params: Promise.resolve(match.params) });
      await sendWebResponse(req, res, response);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else await sendWebResponse(req, res, errorResponse(error, logger));
    }
    return true;
  };

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
    serveDirect(req, res, req.url ?? "/")
      .then((served) => (served ? undefined : fallback(req, res)))
      .catch((error: unknown) => {
        logger.error({ err: error }, "request failed");
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
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
