import { authenticateApiKey, captureTransaction, toTransactionView } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readOptionalJsonBody } from "@/server/http/read-optional-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { captureTransactionBody } from "./schema";

const MAX_BODY_BYTES = 4 * 1024;

// POST /api/v1/transactions/{id}/capture – capture all or part of a manual-capture authorization (secret key).
export async function handleCaptureTransaction(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readOptionalJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(captureTransactionBody, raw);
    const transaction = await captureTransaction(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      transactionId: params.id,
      amount: input.amount,
    });
    return { status: 200, body: toTransactionView(transaction) };
  });
}
