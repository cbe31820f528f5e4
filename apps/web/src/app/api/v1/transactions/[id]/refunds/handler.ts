import { authenticateApiKey, listTransactionRefunds, refundTransaction, toTransactionView } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readQuery } from "@/server/http/read-query";
import { readOptionalJsonBody } from "@/server/http/read-optional-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createRefundBody, listRefundsQuery } from "./schema";

const MAX_BODY_BYTES = 4 * 1024;

// POST /api/v1/transactions/{id}/refunds – refund all or part of a settled transaction (secret key).
export async function handleCreateRefund(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readOptionalJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createRefundBody, raw);
    const { refund, transaction } = await refundTransaction(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      transactionId: params.id,
      amount: input.amount,
      reason: input.reason,
      description: input.description,
      metadata: input.metadata,
    });
    return { status: 201, body: { ...refund, transaction: toTransactionView(transaction) } };
  });
}

// GET /api/v1/transactions/{id}/refunds?limit=&startingAfter= – the transaction's refunds, oldest first (secret key).
export async function handleListRefunds(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const query = parseBody(listRefundsQuery, readQuery(request));
  const page = await listTransactionRefunds(context, { merchantId: identity.merchantId, mode: identity.mode, transactionId: params.id, ...query });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
