import type { AppContext } from "@/server/context";
import { buildOpenApiDocument } from "@/app/api/_openapi/build-openapi-document";

let cached: { publicUrl: string; body: string } | undefined;

// GET /api/v1/openapi.json – the API's OpenAPI 3.1 document, built from the schemas the handlers validate with (public).
export async function handleGetOpenApiDocument(_request: Request, context: AppContext): Promise<Response> {
  const { publicUrl } = context.config;
  if (cached?.publicUrl !== publicUrl) cached = { publicUrl, body: JSON.stringify(buildOpenApiDocument({ publicUrl })) };
  return new Response(cached.body, {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "public, max-age=300",
      // Documentation tools (Swagger UI, Redocly, code generators) load it from other origins.
      "Access-Control-Allow-Origin": "*",
    },
  });
}
