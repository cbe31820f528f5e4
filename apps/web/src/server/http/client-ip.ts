import { isIP } from "node:net";

/**
 * The client address from the configured header. For X-Forwarded-For the
 * right-most entry is taken: earlier entries are whatever the client sent.
 */
export function clientIp(request: Request, headerName: string): string {
  const raw = request.headers.get(headerName);
  if (!raw) return "unknown";
  const entries = raw.split(",").map((entry) => entry.trim()).filter(Boolean);
  const candidate = headerName === "x-forwarded-for" ? entries[entries.length - 1] : entries[0];
  if (!candidate) return "unknown";
  const address = candidate.replace(/^::ffff:/, "");
  return isIP(address) ? address : "unknown";
}
