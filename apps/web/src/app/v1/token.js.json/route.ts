import { tokenJsManifest } from "@/generated/token-js";

export const dynamic = "force-static";

// GET /v1/token.js.json – the script's SRI hash and size, for merchants' <script integrity>.
export function GET(): Response {
  return Response.json(
    { url: "/v1/token.js", integrity: tokenJsManifest.sri, bytes: tokenJsManifest.bytes, gzipBytes: tokenJsManifest.gzipBytes, version: tokenJsManifest.version },
    { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } },
  );
}
