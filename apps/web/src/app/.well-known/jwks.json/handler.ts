import { ensureSigningKey, listPublishedJwks } from "@jeton/core";
import type { AppContext } from "@/server/context";

// GET /.well-known/jwks.json – the public keys that verify `jeton_result` tokens (SPEC §7).
export async function handleGetJwks(_request: Request, context: AppContext): Promise<Response> {
  let jwks = await listPublishedJwks(context);
  if (jwks.keys.length === 0) {
    // Never publish an empty set: a merchant's JOSE library would cache it and refuse the first token.
    await ensureSigningKey(context);
    jwks = await listPublishedJwks(context);
  }
  return new Response(JSON.stringify(jwks), {
    headers: {
      "Content-Type": "application/jwk-set+json",
      // Short enough that a rotated-in key is seen well before the old one is unpublished (10 min).
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
