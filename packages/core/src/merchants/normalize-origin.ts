import { AppError } from "../errors";

/** An origin as browsers send it: scheme://host[:port], nothing more. */
export function normalizeOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("parameter_invalid", `Not a valid origin: ${value}`, { param: "origin" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("parameter_invalid", "Origins must be http or https.", { param: "origin" });
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username) {
    throw new AppError("parameter_invalid", "An origin has no path, query or credentials.", { param: "origin" });
  }
  return url.origin;
}
