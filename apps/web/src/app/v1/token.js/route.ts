import { tokenJsSource } from "@/generated/token-js";

// Built once with the app: the SRI hash published in the README and at
// /v1/token.js.json matches these exact bytes.
export const dynamic = "force-static";

// GET /v1/token.js – the tokenization script, loadable from any merchant origin with SRI.
export function GET(): Response {
  return new Response(tokenJsSource, {
    headers: {
      "Content-Type": "application/javascript; charset=utf-8",
      // SRI on a cross-origin script needs a CORS-enabled response.
      "Access-Control-Allow-Origin": "*",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
