import { AppError } from "@jeton/core";

/**
 * The request body as text, after checking its media type, refusing anything
 * over `maxBytes` without reading it all (a declared or streamed 1 MB body
 * stops at the limit). `null` when there is no body at all.
 */
export async function readLimitedBody(
  request: Request,
  options: { maxBytes: number; mediaType: RegExp; typeMessage: string },
): Promise<string | null> {
  const bytes = await readLimitedBytes(request, options);
  return bytes === null ? null : bytes.toString("utf8");
}

// A module-level function, not a closure made per request: the platform runs from source through tsx, whose
// esbuild keeps function names with a defineProperty on every closure it creates (0.45% of a token's CPU).
function tooLarge(maxBytes: number): AppError {
  return new AppError("body_too_large", `The body is larger than ${maxBytes} bytes.`);
}

/** The same, as bytes (file uploads). */
export async function readLimitedBytes(
  request: Request,
  { maxBytes, mediaType, typeMessage }: { maxBytes: number; mediaType: RegExp; typeMessage: string },
): Promise<Buffer | null> {
  if (!mediaType.test(request.headers.get("content-type") ?? "")) throw new AppError("unsupported_media_type", typeMessage);
  const declared = request.headers.get("content-length");
  if (Number(declared ?? "0") > maxBytes) throw tooLarge(maxBytes);
  if (declared !== null && /^\d+$/.test(declared)) {
    // A declared length within the limit bounds the body (Node's parser reads no further), so it is read
    // whole, before `request.body` is touched: on the platform server's lightweight requests that
    // skips building an undici Request and its web stream (BENCHMARKS.md).
    let whole: ArrayBuffer;
    try {
      whole = await request.arrayBuffer();
    } catch {
      throw new AppError("body_unreadable", "The request body could not be read.");
    }
    if (whole.byteLength > maxBytes) throw tooLarge(maxBytes);
    return whole.byteLength === 0 ? null : Buffer.from(whole);
  }
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body: its problem, not a server error.
      throw new AppError("body_unreadable", "The request body could not be read.");
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
