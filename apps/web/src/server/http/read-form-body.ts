import { AppError } from "@jeton/core";

/** An urlencoded form body (the hosted pages post plain HTML forms), refused beyond `maxBytes`. */
export async function readFormBody(request: Request, maxBytes: number): Promise<URLSearchParams> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the form as application/x-www-form-urlencoded.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw new AppError("body_too_large", "The form is too large.");
  const buffer = await request.arrayBuffer().catch(() => {
    throw new AppError("body_unreadable", "The request body could not be read.");
  });
  if (buffer.byteLength > maxBytes) throw new AppError("body_too_large", "The form is too large.");
  return new URLSearchParams(new TextDecoder().decode(buffer));
}
