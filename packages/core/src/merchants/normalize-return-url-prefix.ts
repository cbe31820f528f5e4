import { AppError } from "../errors";
import type { Mode } from "./create-api-key";

/**
 * A registered return-URL prefix. HTTPS only, except plain HTTP on loopback
 * hosts for development, in test mode: a result token posted over HTTP could
 * be read on the way. Live mode takes https only, localhost included.
 */
export function normalizeReturnUrlPrefix(value: string, mode: Mode = "test"): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("parameter_invalid", `Not a valid URL: ${value}`, { param: "returnUrl" });
  }
  if (mode === "live" && url.protocol !== "https:") {
    throw new AppError("parameter_invalid", "A live-mode return URL must use https.", { param: "returnUrl" });
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
