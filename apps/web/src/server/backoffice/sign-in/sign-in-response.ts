import type { AppContext } from "@/server/context";
import { staffSetCookie } from "../staff-session";

/**
 * A sign-in step's answer: 303 to the next page (or back with `?error=`),
 * replacing the session cookie (a sealed value), or dropping it (null), or
 * leaving it (undefined).
 */
export function signInResponse(context: Pick<AppContext, "config">, path: string, cookie?: string | null): Response {
  const response = new Response(null, {
    status: 303,
    headers: { Location: new URL(path, context.config.publicUrl).toString(), "Cache-Control": "no-store" },
  });
  if (cookie !== undefined) response.headers.append("Set-Cookie", staffSetCookie(context.config, cookie));
  return response;
}
