import { AppError } from "../errors";

/**
 * A registered return-URL prefix. HTTPS only, except plain HTTP on loopback
 * hosts for development: a result token posted over HTTP could be read on the way.
 */
export function normalizeReturnUrlPrefix(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("parameter_invalid", `Not a valid URL: ${value}`, { param: "returnUrl" });
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new AppError("parameter_invalid", "Return URLs must use https (http only on localhost).", { param: "returnUrl" });
  }
  if (url.username || url.password || url.hash) {
    throw new AppError("parameter_invalid", "Return URLs carry no credentials or fragment.", { param: "returnUrl" });
  }
  return url.toString();
}
