import {
  authenticateApiKey,
  createWebhookEndpoint,
  listWebhookEndpoints,
  revealWebhookEndpointSecret,
  runIdempotent,
  type IdempotentResponse,
  type WebhookEndpointView,
} from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { readQuery } from "@/server/http/read-query";
import { createWebhookEndpointBody, listWebhookEndpointsQuery } from "./schema";

const MAX_BODY_BYTES = 16 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

// POST /api/v1/webhook-endpoints – register a URL for events; the answer carries its whsec_ secret, once (secret key).
export async function handleCreateWebhookEndpoint(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  let secret: string | undefined;
  const work = async (): Promise<IdempotentResponse> => {
    const body = parseBody(createWebhookEndpointBody, raw);
    const { secret: created, ...endpoint } = await createWebhookEndpoint(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      url: body.url,
      eventTypes: body.events,
      description: body.description,
      metadata: body.metadata,
    });
    secret = created;
    // The stored idempotent answer leaves the secret out: it stays only sealed at rest.
    return { status: 201, body: endpoint };
  };
  const key = request.headers.get("idempotency-key");
  const result =
    key === null
      ? { ...(await work()), replayed: false }
      : await runIdempotent(
          context,
          { merchantId: identity.merchantId, mode: identity.mode, key, request: { method: "POST", path: new URL(request.url).pathname, body: raw } },
          work,
        );
  const headers: Record<string, string> = result.replayed ? { ...NO_STORE, "Idempotent-Replayed": "true" } : NO_STORE;
  if (result.status !== 201) return Response.json(result.body, { status: result.status, headers });
  const endpoint = result.body as WebhookEndpointView;
  secret ??= await revealWebhookEndpointSecret(context, { merchantId: identity.merchantId, mode: identity.mode, endpointId: endpoint.id });
  context.logger.info({ merchantId: identity.merchantId, endpointId: endpoint.id, replayed: result.replayed }, "webhook endpoint created");
  return Response.json({ ...endpoint, secret }, { status: 201, headers });
}

// GET /api/v1/webhook-endpoints?metadata[key]= – the merchant's endpoints in the key's mode, without secrets (secret key).
export async function handleListWebhookEndpoints(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const query = parseBody(listWebhookEndpointsQuery, readQuery(request));
  const list = await listWebhookEndpoints(context, { merchantId: identity.merchantId, mode: identity.mode, ...query });
  return Response.json(list, { headers: NO_STORE });
}
