import { readLimitedBody } from "./read-limited-body";

/** Reads an `application/x-www-form-urlencoded` body (what a plain HTML form posts), refusing anything over `maxBytes`. */
export async function readFormBody(request: Request, maxBytes: number): Promise<URLSearchParams> {
  const text = await readLimitedBody(request, {
    maxBytes,
    mediaType: /^application\/x-www-form-urlencoded\s*(;|$)/i,
    typeMessage: "Send the form as application/x-www-form-urlencoded.",
  });
  return new URLSearchParams(text ?? "");
}
