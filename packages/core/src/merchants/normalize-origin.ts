import { AppError } from "../errors";
import type { Mode } from "./create-api-key";

/** An origin as browsers send it: scheme://host[:port], nothing more. Live mode takes https only, localhost included. */
export function normalizeOrigin(value: string, mode: Mode = "test"): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("parameter_invalid", `Not a valid origin: ${value}`, { param: "origin" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("parameter_invalid", "Origins must be http or https.", { param: "origin" });
  }
  if (mode === "live" && url.protocol !== "https:") {
    throw new AppError("parameter_invalid", "A live-mode origin must use https.", { param: "origin" });
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username) {
    throw new AppError("parameter_invalid", "An origin has no path, query or credentials.", { param: "origin" });
  }
  return url.origin;
}
