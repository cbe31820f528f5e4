import type { AppContext } from "@/server/context";

/** 303 to a path of the platform: after a form POST, the browser GETs the next page (and never re-posts on reload). */
export function seeOther(context: AppContext, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: new URL(path, context.config.publicUrl).toString(), "Cache-Control": "no-store" } });
}
