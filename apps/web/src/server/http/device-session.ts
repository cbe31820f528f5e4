import { createHash } from "node:crypto";

/**
 * An approximate device session for the risk rules' `device_session`
 * velocity: the browser's own headers and address, hashed (nothing of them
 * is stored). It groups one browser's attempts without a cookie, which a
 * framed hosted page may not be allowed to keep.
 */
export function deviceSessionOf(request: Request, ip: string): string {
  const headers = ["user-agent", "accept-language", "sec-ch-ua", "sec-ch-ua-platform"].map((name) => request.headers.get(name) ?? "");
  return "dev_" + createHash("sha256").update([ip, ...headers].join("\n")).digest("base64url").slice(0, 22);
}
