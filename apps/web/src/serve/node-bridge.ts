import type { IncomingMessage } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|x-javascript|xml)|[^;]*\+json)/i;

/**
 * What Next's compression does to a route handler's answer: `Vary:
 * Accept-Encoding` on every compressible type, and gzip whenever the client
 * accepts it (the body is streamed, so no size threshold applies; HEAD stays
 * uncompressed). The routes served directly answer small, finite bodies.
 */
export async function compressLikeNext(req: IncomingMessage, response: Response): Promise<Response> {
  const type = response.headers.get("content-type");
  if (!type || !COMPRESSIBLE.test(type) || response.headers.has("content-encoding")) return response;
  const vary = response.headers.get("vary");
  response.headers.set("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  // The body is looked at last: a JsonResponse makes its stream only when asked.
  if (req.method === "HEAD" || !/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") || !response.body) return response;
  const body = await gzipAsync(Buffer.from(await response.arrayBuffer()));
  const headers = new Headers(response.headers);
  headers.set("content-encoding", "gzip");
  headers.delete("content-length");
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
