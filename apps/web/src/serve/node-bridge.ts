import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/** Bodies announced this small are read whole before the handler runs: cheaper than a web stream. */
const BUFFER_BODY_BELOW = 64 * 1024;

function readWhole(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The web-standard Request a route handler takes, from Node's request. */
export async function toWebRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const url = `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers, signal });
  const length = Number(req.headers["content-length"]);
  // A small announced body is read at once; anything else streams, and the handler's own size limit applies.
  const body =
    Number.isInteger(length) && length < BUFFER_BODY_BELOW && !req.headers["transfer-encoding"]
      ? await readWhole(req)
      : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
  return new Request(url, { method, headers, body, signal, duplex: "half" } as RequestInit);
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|x-javascript|xml)|[^;]*\+json)/i;

/**
 * Writes a web Response to Node's response (headers already set on `res` stay
 * unless the Response overrides them). The routes served directly answer
 * small, finite bodies, so the body is read whole: one write, and gzip as
 * Next would apply it.
 */
export async function sendWebResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  const compressible = COMPRESSIBLE.test(response.headers.get("content-type") ?? "") && !response.headers.has("content-encoding");
  if (compressible) res.setHeader("vary", [response.headers.get("vary"), "Accept-Encoding"].filter(Boolean).join(", "));
  if (req.method === "HEAD" || !response.body) {
    res.end();
    return;
  }
  let body = Buffer.from(await response.arrayBuffer());
  // As Next does for a route handler's body (streamed, so no size threshold applies): gzip whenever accepted.
  if (compressible && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = await gzipAsync(body);
    res.setHeader("content-encoding", "gzip");
  }
  res.setHeader("content-length", body.length);
  res.end(body);
}
