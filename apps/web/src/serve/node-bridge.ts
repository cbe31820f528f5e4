import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

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

/** Writes a web Response to Node's response (headers already set on `res` stay unless the Response overrides them). */
export async function sendWebResponse(res: ServerResponse, response: Response, head: boolean): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (head || !response.body) {
    res.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
  }
  res.end();
}
