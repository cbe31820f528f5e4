import { authenticateApiKey, createPaymentRequest, listPaymentRequests } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { readQuery } from "@/server/http/read-query";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createPaymentRequestBody, listPaymentRequestsQuery } from "./schema";

export const MAX_API_BODY_BYTES = 16 * 1024;

// POST /api/v1/payment-requests – create a hosted payment page session (secret key).
export async function handleCreatePaymentRequest(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_API_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createPaymentRequestBody, raw);
    const paymentRequest = await createPaymentRequest(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      input,
    });
    // `messages`: what Push & Pay queued (sendTo), empty otherwise, as GET /payment-requests/{id} lists them.
    return { status: 201, body: { ...paymentRequest, messages: paymentRequest.messages ?? [] } };
  });
}

// GET /api/v1/payment-requests?limit=&startingAfter=&status=&metadata[key]= – the merchant's payment requests, newest first (secret key).
export async function handleListPaymentRequests(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const query = parseBody(listPaymentRequestsQuery, readQuery(request));
  const page = await listPaymentRequests(context, { merchantId: identity.merchantId, mode: identity.mode, ...query });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
