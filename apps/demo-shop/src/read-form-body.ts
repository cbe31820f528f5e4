import type { IncomingMessage } from "node:http";

const MAX_BYTES = 16 * 1024;

/** The raw urlencoded body (kept for the debug log) and its fields. */
export async function readFormBody(request: IncomingMessage): Promise<{ raw: string; fields: URLSearchParams }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  return { raw, fields: new URLSearchParams(raw) };
}
