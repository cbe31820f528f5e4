import { runIdempotent, type ApiKeyIdentity, type IdempotentResponse } from "@jeton/core";
import type { AppContext } from "../context";

/**
 * Runs a POST's work under its Idempotency-Key when the client sent one
 * (SPEC §6): same key and body replay the first answer with
 * `Idempotent-Replayed: true`; the same key with another body is refused.
 * The stored answer holds no secrets: `revealOnReplay` adds them back to a
 * replayed body from where they are kept safely.
 */
export async function respondIdempotently(
  request: Request,
  context: AppContext,
  identity: ApiKeyIdentity,
  body: unknown,
  work: () => Promise<IdempotentResponse>,
  revealOnReplay: (stored: unknown) => Promise<unknown> = async (stored) => stored,
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  const headers = { "Cache-Control": "no-store" };
  if (key === null) {
    const result = await work();
    return Response.json(result.body, { status: result.status, headers });
  }
  const result = await runIdempotent(
    context,
    {
      merchantId: identity.merchantId,
      mode: identity.mode,
      key,
      request: { method: request.method, path: new URL(request.url).pathname, body },
    },
    work,
  );
  return Response.json(result.replayed && result.status < 300 ? await revealOnReplay(result.body) : result.body, {
    status: result.status,
    headers: result.replayed ? { ...headers, "Idempotent-Replayed": "true" } : headers,
  });
}
